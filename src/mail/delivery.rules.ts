/**
 * What happened to each recipient of a message that is sent once (a reminder, a digest, a notice),
 * and when to try again. Pure: the senders record the outcome of each attempt with these rules.
 *
 * An SMTP server answers per recipient at RCPT TO: 250 accepted, 4xx "try again later" (greylisting,
 * a full mailbox), 5xx "this address is wrong". An attempt sends at most one message to each address;
 * an address already accepted is never sent the message again; a deferred one is tried again later,
 * with the same Message-ID, until it is accepted, refused, or has been deferred for too long.
 */

export type RecipientState = 'accepted' | 'deferred' | 'refused';

export interface RecipientOutcome {
  address: string;
  state: RecipientState;
  /** The server's reply for a deferral or refusal; null once accepted. */
  reply: string | null;
  /** ISO instant of the first attempt at this address (a deferral is given up counting from it). */
  firstTriedAt: string;
  /** ISO instant of the last attempt. */
  lastTriedAt: string;
  /** Attempts made at this address. */
  tries: number;
}

/** A recipient the server did not take, with its reply. */
export interface Refusal {
  address: string;
  reply: string;
}

/** The result of one SMTP transaction, per recipient. Every address tried is in exactly one list. */
export interface DeliveryResult {
  accepted: string[];
  deferred: Refusal[];
  refused: Refusal[];
}

/** The first retry comes after 5 minutes, then each waits twice as long, up to 2 hours. */
const FIRST_RETRY_MS = 5 * 60_000;
const LONGEST_RETRY_MS = 2 * 3_600_000;
/** An address that has not taken the message for a day is treated as refusing it (RFC 5321 suggests 4–5 days for ordinary mail; a reminder cannot wait that long). */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;

const normal = (address: string) => address.trim().toLowerCase();

/** The outcomes after an attempt: each address tried takes its new state; the rest are kept. */
export function recordAttempt(before: RecipientOutcome[], result: DeliveryResult, now: Date): RecipientOutcome[] {
  const at = now.toISOString();
  const outcomes = new Map(before.map((o) => [normal(o.address), o]));
  const note = (address: string, state: RecipientState, reply: string | null) => {
    const key = normal(address);
    const earlier = outcomes.get(key);
    outcomes.set(key, { address: key, state, reply, firstTriedAt: earlier?.firstTriedAt ?? at, lastTriedAt: at, tries: (earlier?.tries ?? 0) + 1 });
  };
  for (const address of result.accepted) note(address, 'accepted', null);
  for (const { address, reply } of result.deferred) note(address, 'deferred', reply);
  for (const { address, reply } of result.refused) note(address, 'refused', reply);
  return [...outcomes.values()];
}

/** The addresses of `wanted` still owed the message: never tried, or deferred (not accepted, not refused). */
export function stillOwed(wanted: string[], outcomes: RecipientOutcome[]): string[] {
  const done = new Set(outcomes.filter((o) => o.state !== 'deferred').map((o) => normal(o.address)));
  return [...new Set(wanted.map(normal))].filter((address) => !done.has(address));
}

/**
 * Deferred addresses that have waited too long count from now on as refusing the message: their
 * outcome becomes `refused`, and they are listed so that the sender can say so.
 */
export function giveUpLongDeferred(outcomes: RecipientOutcome[], now: Date): { outcomes: RecipientOutcome[]; gaveUp: RecipientOutcome[] } {
  const tooLong = (o: RecipientOutcome) => o.state === 'deferred' && now.getTime() - Date.parse(o.firstTriedAt) >= GIVE_UP_AFTER_MS;
  const gaveUp = outcomes.filter(tooLong).map((o) => ({ ...o, state: 'refused' as const, reply: `not accepted for ${GIVE_UP_AFTER_MS / 3_600_000} hours (${o.reply ?? 'no reply'})` }));
  return { outcomes: outcomes.map((o) => gaveUp.find((g) => g.address === o.address) ?? o), gaveUp };
}

export interface Settlement {
  /** `pending`: someone is still owed the message (try again at `retryAt`); `sent`: everyone took it or refused it, someone took it; `failed`: nobody took it. */
  status: 'pending' | 'sent' | 'failed';
  retryAt: Date | null;
  /** What went wrong for whom, for the delivery log; null when everyone took it. */
  lastError: string | null;
}

/** Where a message stands after its `attempt`-th attempt. */
export function settle(outcomes: RecipientOutcome[], attempt: number, now: Date): Settlement {
  const lastError = outcomes.length === 0 ? 'nobody to send it to' : outstandingSummary(outcomes);
  if (outcomes.some((o) => o.state === 'deferred')) return { status: 'pending', retryAt: retryAt(attempt, now), lastError };
  return { status: outcomes.some((o) => o.state === 'accepted') ? 'sent' : 'failed', retryAt: null, lastError };
}

/** The addresses that took the message. */
export function acceptedBy(outcomes: RecipientOutcome[]): string[] {
  return outcomes.filter((o) => o.state === 'accepted').map((o) => o.address);
}

/** When to try again after the `attempt`-th attempt (1 for the first) left someone deferred. */
export function retryAt(attempt: number, now: Date): Date {
  const wait = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1), LONGEST_RETRY_MS);
  return new Date(now.getTime() + wait);
}

/** One line for the delivery log: who has not taken the message yet, and why. */
export function outstandingSummary(outcomes: RecipientOutcome[]): string | null {
  const open = outcomes.filter((o) => o.state !== 'accepted');
  if (open.length === 0) return null;
  return open.map((o) => `${o.address} ${o.state === 'deferred' ? 'deferred (will be tried again)' : 'refused'}: ${o.reply ?? 'no reply'}`).join('; ');
}
