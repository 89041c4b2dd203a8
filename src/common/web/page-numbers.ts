/** Which page of a long list a page's address asks for (`?page=`): a whole number from 1, anything else the first. */
export function pageAsked(page: unknown, perPage: number): { page: number; offset: number } {
  const asked = Math.max(1, Math.floor(Number(page)) || 1);
  return { page: asked, offset: (asked - 1) * perPage };
}

/** govuk-frontend's pagination of a list of `total` at `perPage` a page, at `path?page=N`; null when it fits on one page. */
export function pagination(path: string, page: number, total: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages === 1) return null;
  return {
    previous: page > 1 ? { href: `${path}?page=${page - 1}` } : undefined,
    next: page < pages ? { href: `${path}?page=${page + 1}` } : undefined,
    items: Array.from({ length: pages }, (_, i) => ({ number: i + 1, href: `${path}?page=${i + 1}`, current: i + 1 === page })),
  };
}
