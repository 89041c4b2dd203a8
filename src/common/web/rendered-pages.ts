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

/**
 * Public pages already rendered, the most recently used `size` of them: Nunjucks and the GOV.UK
 * macros cost far more than writing a page's values out to compare them, and a council's public pages
 * are read far more often than they change (a change makes new values, so a new key).
 */
export class RenderedPages {
  private readonly kept = new Map<string, string>();

  constructor(private readonly size: number) {}

  get(key: string): string | undefined {
    const html = this.kept.get(key);
    if (html !== undefined) {
      // The most recently used last: the first in the map is the one to let go.
      this.kept.delete(key);
      this.kept.set(key, html);
    }
    return html;
  }

  set(key: string, html: string): void {
    this.kept.delete(key);
    this.kept.set(key, html);
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
  }
}
