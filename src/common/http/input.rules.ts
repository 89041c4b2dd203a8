import { InvalidInputError } from '../errors/domain-errors.js';

/**
 * What no route can take, whatever its DTO says, found before any route sees the request: the NUL
 * character (PostgreSQL cannot store it in text, and no council document needs it), names that would
 * reach an object's prototype, and JSON nested past any shape the API has. Pure: one message per bad
 * field, naming it as the client wrote it (`decisions[0].title`).
 */

/** Deeper than any body the API takes (the deepest, a notice's decisions, is four). */
export const MAX_DEPTH = 20;
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

export function inputProblems(value: unknown, where: string, problems: string[] = [], depth = 0): string[] {
  if (problems.length >= 20) return problems;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push(`${where} contains a NUL character (\\u0000), which cannot be stored`);
    return problems;
  }
  if (value === null || typeof value !== 'object') return problems;
  if (depth >= MAX_DEPTH) {
    problems.push(`${where} is nested more than ${MAX_DEPTH} levels deep`);
    return problems;
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [`${where}[${i}]`, v] as const) : Object.keys(value).map((k) => [where ? `${where}.${k}` : k, (value as Record<string, unknown>)[k], k] as const);
  for (const [path, child, key] of entries as (readonly [string, unknown, string?])[]) {
    if (key !== undefined) {
      if (key.includes('\u0000')) problems.push(`a field name in ${where || 'the body'} contains a NUL character (\\u0000)`);
      else if (FORBIDDEN_NAMES.has(key)) problems.push(`${path}: "${key}" cannot be used as a field name`);
    }
    inputProblems(child, path, problems, depth + 1);
  }
  return problems;
}

/** Problems of the address itself: a NUL character, or an encoding that does not decode. */
export function pathProblems(path: string): string[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return ['the address is not correctly percent-encoded'];
  }
  return decoded.includes('\u0000') ? ['the address contains a NUL character (%00)'] : [];
}

/**
 * One value of the query string (`?year=2017-18`) a page or feed takes: none when absent or empty;
 * given more than once (`?year=a&year=b`) or as a structure, a bad field named (a 400) rather than a
 * guess at which was meant.
 */
export function singleQueryValue(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  throw new InvalidInputError([`${name} must be given once, as text`]);
}
