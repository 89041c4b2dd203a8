/**
 * Which failures of the database mean "not now" rather than "wrong": the storage is full or failing,
 * the file is locked by another process for longer than the busy timeout, or PostgreSQL cannot be
 * reached or is restarting. The API answers these with 503 and Retry-After; nothing was changed.
 */

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  driverError?: ErrorShape;
}

const codeOf = (error: ErrorShape): string => String(error.driverError?.code ?? error.code ?? '');
const messageOf = (error: ErrorShape): string => String(error.driverError?.message ?? error.message ?? '');

/** SQLite result codes (better-sqlite3 names them) that say the storage cannot take writes now. */
const SQLITE_STORAGE = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|NOTADB|CORRUPT|PROTOCOL)/;

/** Why a write could not be made durable, if that was the storage's fault; null otherwise. */
export function storageProblem(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const code = codeOf(error as ErrorShape);
  if (SQLITE_STORAGE.test(code)) return `${code}: ${messageOf(error as ErrorShape)}`;
  if (/^(ENOSPC|EIO|EROFS|EDQUOT)$/.test(code)) return `${code}: ${messageOf(error as ErrorShape)}`;
  return null;
}

/** PostgreSQL SQLSTATEs of a server going away, restarting or refusing connections, and socket errors. */
const POSTGRES_UNAVAILABLE = /^(08\d{3}|57P0[1-3]|53300|53400|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN)$/;
const POSTGRES_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|terminating connection/i;

/** Why the database cannot serve the request now (so: 503, try again), or null for any other failure. */
export function unavailability(error: unknown): string | null {
  if (!error || typeof error !== 'object') return null;
  const storage = storageProblem(error);
  if (storage) return `The database cannot store changes at the moment (${storage})`;
  const code = codeOf(error as ErrorShape);
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'The database is busy with another process; try again shortly';
  if (POSTGRES_UNAVAILABLE.test(code) || POSTGRES_MESSAGES.test(messageOf(error as ErrorShape))) return 'The database cannot be reached at the moment';
  return null;
}
