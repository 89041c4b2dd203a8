/**
 * The one way tests wait: for a condition, never for a length of time. The deadline is generous
 * (a busy two-core machine running two copies of the suite is slow); on a timeout the error says what
 * was awaited and what was last seen, so that a failure reads as a sentence.
 */
export const PATIENCE_MS = Number(process.env.TEST_PATIENCE_MS ?? 60_000);

export interface WaitOptions {
  timeoutMs?: number;
  /** How often to look again (a condition that can also be woken sooner passes `wake`). */
  intervalMs?: number;
}

/**
 * Resolves with the first value of `probe` that is neither undefined, null nor false. `what` names
 * the condition for the error message.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: WaitOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? PATIENCE_MS;
  const intervalMs = options.intervalMs ?? 25;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Waited ${timeoutMs / 1000} s for ${what}; last seen: ${seen}`);
    }
    await pause(Math.min(intervalMs, Math.max(1, deadline - Date.now())));
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
