import { describe, expect, it } from '@jest/globals';
import { storageProblem, unavailability } from './unavailable.rules.js';

/** As TypeORM wraps a driver's error: a QueryFailedError with the driver's error inside. */
const failed = (code: string, message: string) => ({ message, driverError: Object.assign(new Error(message), { code }) });

describe('unavailability', () => {
  it.each([
    ['a full disk (SQLite)', failed('SQLITE_FULL', 'database or disk is full'), /cannot store changes.*SQLITE_FULL/],
    ['an I/O error (SQLite)', failed('SQLITE_IOERR_WRITE', 'disk I/O error'), /cannot store changes/],
    ['a read-only file (SQLite)', failed('SQLITE_READONLY', 'attempt to write a readonly database'), /cannot store changes/],
    ['a lock held by another process past the busy timeout', failed('SQLITE_BUSY', 'database is locked'), /busy with another process/],
    ['PostgreSQL shutting down', failed('57P01', 'terminating connection due to administrator command'), /cannot be reached/],
    ['PostgreSQL refusing connections', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), /cannot be reached/],
    ['a pool that cannot connect', new Error('timeout exceeded when trying to connect'), /cannot be reached/],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly'), /cannot be reached/],
  ])('%s → 503', (_, error, says) => {
    expect(unavailability(error)).toMatch(says);
  });

  it.each([
    ['a unique key violation', failed('23505', 'duplicate key value violates unique constraint')],
    ['a SQLite constraint', failed('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('%s → not a matter of availability', (_, error) => {
    expect(unavailability(error)).toBeNull();
  });

  it('only storage failures count against durable writes', () => {
    expect(storageProblem(failed('SQLITE_FULL', 'database or disk is full'))).toBe('SQLITE_FULL: database or disk is full');
    expect(storageProblem(failed('SQLITE_BUSY', 'database is locked'))).toBeNull();
  });
});
