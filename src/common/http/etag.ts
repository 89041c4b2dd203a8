import { createHash } from 'node:crypto';

/**
 * A weak entity tag of a body, as Express makes one when it sends it (`W/"<length>-<hash>"`): for an
 * answer that is kept and sent many times, made once with it, so that no request hashes it again
 * (Express makes none when the response has one already).
 */
export function weakEtag(body: string): string {
  const hash = createHash('sha1').update(body, 'utf8').digest('base64').slice(0, 27);
  return `W/"${Buffer.byteLength(body, 'utf8').toString(16)}-${hash}"`;
}
