import { createHash } from 'node:crypto';

/**
 * The key of a public page rendered from `template` with `values`: a public page is the same HTML for
 * every visitor (no one signed in, no form token), so the same values make the same page. Null when
 * the values hold what their JSON cannot tell apart (a Map, a Set, a function, NaN or an infinity):
 * such a page is rendered every time, never kept.
 */
export function renderedPageKey(template: string, values: object): string | null {
  let keepable = true;
  const json = JSON.stringify(values, (_key, value: unknown) => {
    if (value instanceof Map || value instanceof Set || typeof value === 'function' || (typeof value === 'number' && !Number.isFinite(value))) keepable = false;
    return value;
  });
  return keepable ? `${template}\n${createHash('sha256').update(json).digest('base64')}` : null;
}
