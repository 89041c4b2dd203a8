/** A council's short name in public addresses: lower-case letters, digits and inner hyphens, at most 60. */
export const COUNCIL_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

/** What is wrong with a new council's slug and name, each named (the API's DTO and the command line both ask). */
export function councilProblems(slug: string, name: string): string[] {
  return [...(COUNCIL_SLUG.test(slug) ? [] : ['slug must be lower-case letters, digits and hyphens (at most 60)']), ...councilNameProblems(name)];
}

/** What is wrong with a council's name (made, or renamed). */
export function councilNameProblems(name: string): string[] {
  return name.trim().length > 0 && name.length <= 200 ? [] : ['name must be 1 to 200 characters'];
}
