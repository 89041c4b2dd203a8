import { describe, expect, it } from '@jest/globals';
import { acceptedBy, GIVE_UP_AFTER_MS, giveUpLongDeferred, type RecipientOutcome, recordAttempt, retryAt, settle, stillOwed } from './delivery.rules.js';

const t0 = new Date('2017-12-13T09:01:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60_000;

describe('recordAttempt and stillOwed', () => {
  it('greylisted to, accepted cc: only the deferred address is still owed, and the accepted one never again', () => {
    const first = recordAttempt([], { accepted: ['ds@council.example'], deferred: [{ address: 'Police.0@example.org', reply: '450 4.2.0 Greylisted' }], refused: [] }, t0);
    expect(first).toEqual([
      { address: 'ds@council.example', state: 'accepted', reply: null, firstTriedAt: t0.toISOString(), lastTriedAt: t0.toISOString(), tries: 1 },
      { address: 'police.0@example.org', state: 'deferred', reply: '450 4.2.0 Greylisted', firstTriedAt: t0.toISOString(), lastTriedAt: t0.toISOString(), tries: 1 },
    ]);
    expect(stillOwed(['police.0@example.org', 'DS@council.example'], first)).toEqual(['police.0@example.org']);

    const second = recordAttempt(first, { accepted: ['police.0@example.org'], deferred: [], refused: [] }, later(5 * MINUTE));
    expect(stillOwed(['police.0@example.org', 'ds@council.example'], second)).toEqual([]);
    expect(second.find((o) => o.address === 'police.0@example.org')).toMatchObject({ state: 'accepted', tries: 2, firstTriedAt: t0.toISOString() });
    expect(acceptedBy(second).sort()).toEqual(['ds@council.example', 'police.0@example.org']);
  });

  it('a refused address is not owed again; a new address is', () => {
    const outcomes = recordAttempt([], { accepted: [], deferred: [], refused: [{ address: 'gone@example.org', reply: '550 5.1.1 User unknown' }] }, t0);
    expect(stillOwed(['gone@example.org', 'new@example.org', 'new@example.org'], outcomes)).toEqual(['new@example.org']);
  });
});

describe('settle', () => {
  const outcome = (state: RecipientOutcome['state']): RecipientOutcome => ({ address: `${state}@example.org`, state, reply: state === 'accepted' ? null : 'reply', firstTriedAt: t0.toISOString(), lastTriedAt: t0.toISOString(), tries: 1 });

  it.each([
    [['accepted'], 'sent', false],
    [['accepted', 'refused'], 'sent', false],
    [['accepted', 'deferred'], 'pending', true],
    [['deferred'], 'pending', true],
    [['refused'], 'failed', false],
    [[], 'failed', false],
  ] as const)('%j → %s', (states, status, retries) => {
    const settlement = settle(states.map(outcome), 1, t0);
    expect(settlement.status).toBe(status);
    expect(settlement.retryAt !== null).toBe(retries);
    expect(settlement.lastError === null).toBe(states.every((s) => s === 'accepted') && states.length > 0);
  });
});

describe('retryAt', () => {
  it.each([
    [1, 5],
    [2, 10],
    [3, 20],
    [4, 40],
    [5, 80],
    [6, 120],
    [30, 120],
  ])('after attempt %i, waits %i minutes', (attempt, minutes) => {
    expect(retryAt(attempt, t0).getTime() - t0.getTime()).toBe(minutes * MINUTE);
  });
});

describe('giveUpLongDeferred', () => {
  const deferred = recordAttempt([], { accepted: [], deferred: [{ address: 'full@example.org', reply: '452 4.2.2 Mailbox full' }], refused: [] }, t0);

  it('keeps trying within a day', () => {
    expect(giveUpLongDeferred(deferred, later(GIVE_UP_AFTER_MS - 1)).gaveUp).toEqual([]);
  });

  it('counts an address deferred for a day as refusing, with its last reply', () => {
    const { outcomes, gaveUp } = giveUpLongDeferred(deferred, later(GIVE_UP_AFTER_MS));
    expect(gaveUp).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ state: 'refused', reply: 'not accepted for 24 hours (452 4.2.2 Mailbox full)' });
    expect(stillOwed(['full@example.org'], outcomes)).toEqual([]);
  });
});
