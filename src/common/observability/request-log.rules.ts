import { randomUUID } from 'node:crypto';

/** An id a caller or proxy may give (X-Request-Id): short and plain, so that it cannot forge log lines. */
const GIVEN_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request's id: the one given by the proxy in front, if it is plain, or a new one. */
export function requestIdFrom(given: string | string[] | undefined): string {
  const value = Array.isArray(given) ? given[0] : given;
  return value && GIVEN_ID.test(value) ? value : randomUUID();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A request's path as the logs keep it: single-use links, sign-in links and calendar feeds carry their
 * secret in the path (`/respond/<token>`, `/feeds/<token>.ics`), and the logs are read by people the
 * secret is not for. Any segment long enough to be a token, other than an id (a UUID), is masked; the
 * query string is dropped but for its names (it may carry codes and states of a sign-in).
 */
export function loggedPath(url: string): string {
  const [path, query] = url.split('?', 2);
  const segments = path.split('/').map((segment) => {
    const [name, extension] = /^(.*?)(\.[a-z0-9]{1,5})?$/i.exec(segment)!.slice(1);
    return name.length >= 20 && !UUID.test(name) ? `…${extension ?? ''}` : segment;
  });
  const names = query ? [...new URLSearchParams(query).keys()] : [];
  return segments.join('/') + (names.length ? `?${names.map((n) => `${encodeURIComponent(n)}=…`).join('&')}` : '');
}
