/** A session ends this long after sign-in, however busy. */
export const SESSION_HOURS = 12;
/** … and this long after its last use. */
export const SESSION_IDLE_HOURS = 4;
/** Last use is written down at most this often (not on every page). */
export const SESSION_TOUCH_MINUTES = 5;

const MINUTE = 60_000;

/** Whether a session is still good at `now`. */
export function sessionLive(session: { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null }, now: Date): boolean {
  if (session.revokedAt) return false;
  if (now >= session.expiresAt) return false;
  return now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_HOURS * 60 * MINUTE;
}

/** Whether a use of the session is worth writing down (it keeps an idle session alive). */
export function worthTouching(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_TOUCH_MINUTES * MINUTE;
}
