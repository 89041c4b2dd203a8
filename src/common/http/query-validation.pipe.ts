import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';

/** Query strings remembered for each class: enough for every committee-year a busy instance is asked for. */
const REMEMBERED_PER_CLASS = 1_000;

type Plain = string | number | boolean | null | undefined;

/** What a query string came to, when it holds nothing a handler could change in place: copied out as it is. */
function copyable(checked: unknown): checked is Record<string, Plain | Plain[]> {
  if (checked === null || typeof checked !== 'object') return false;
  return Object.values(checked).every((v) => (Array.isArray(v) ? v.every((x) => x === null || typeof x !== 'object') : v === null || typeof v !== 'object'));
}

function copyOf<T extends object>(checked: T): T {
  const copy = Object.create(Object.getPrototypeOf(checked) as object) as Record<string, unknown>;
  for (const [key, value] of Object.entries(checked)) copy[key] = Array.isArray(value) ? [...value] : value;
  return copy as T;
}

/**
 * The app's validation (only known fields, values transformed to their types), remembering what a
 * query string came to for each class of query: a query asked again — a client reading the same work
 * plan every minute — gets a copy of what its first check made, without transforming and validating it
 * again (measured: a quarter of a cached read). The rules of every query class are pure (no clock, no
 * database), so the same query string always comes to the same; one refused is checked again each time.
 * Bodies and path parameters are checked every time.
 */
@Injectable()
export class QueryRememberingValidationPipe extends ValidationPipe {
  private readonly remembered = new Map<unknown, Map<string, object>>();

  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'query' || !metadata.metatype || metadata.data || value === null || typeof value !== 'object') return super.transform(value, metadata);
    const key = JSON.stringify(value);
    let byClass = this.remembered.get(metadata.metatype);
    const found = byClass?.get(key);
    if (found) return copyOf(found);
    const checked: unknown = await super.transform(value, metadata);
    if (!copyable(checked)) return checked;
    if (!byClass) this.remembered.set(metadata.metatype, (byClass = new Map()));
    // The oldest goes first: a flood of different query strings cannot grow it.
    if (byClass.size >= REMEMBERED_PER_CLASS) byClass.delete(byClass.keys().next().value!);
    byClass.set(key, checked);
    return copyOf(checked);
  }
}
