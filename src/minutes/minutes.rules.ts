import { similarity } from '../common/text/similarity.js';
import type { MinuteItem, MinutesStatus, Undertaking, WorkPlanChange } from './minutes.entity.js';

/** What the public reads of an exempt item (LGA 1972 s100A(4), Schedule 12A): its title and this note only. */
/** The attendance of a meeting as the minutes record it (others read it from here, not the entity). */
export type { Attendance } from './minutes.entity.js';

export const CLOSED_SESSION = 'Considered in closed session (the press and public excluded).';

/** The agenda item a minute item records: the one whose title is closest, when close enough. */
export function matchAgendaItem<T extends { id: string; title: string }>(title: string, agenda: T[]): T | null {
  let best: { item: T; score: number } | null = null;
  for (const item of agenda) {
    const score = similarity(title, item.title);
    if (score >= 0.6 && (!best || score > best.score)) best = { item, score };
  }
  return best?.item ?? null;
}

/** Why the minutes cannot be confirmed at that meeting, or null. */
export function confirmProblem(status: MinutesStatus, meetingStartsAt: Date, confirmingStartsAt: Date, now: Date): string | null {
  if (status === 'approved') return 'The minutes are already approved';
  if (confirmingStartsAt.getTime() <= meetingStartsAt.getTime()) return 'Minutes are confirmed at a later meeting than the one they record';
  // Confirmed by the meeting's vote: until it has met, the minutes stay a draft (and are not published).
  if (confirmingStartsAt.getTime() > now.getTime()) return 'The meeting that is to confirm the minutes has not been held yet';
  return null;
}

/**
 * Proposals already decided keep their decision when the minutes are saved again: matched by item
 * number and text, so an edit elsewhere does not undo a confirmed undertaking or work plan change.
 */
export function carryOver<P extends Undertaking | WorkPlanChange>(previous: P[], next: P[]): P[] {
  return next.map((proposal) => previous.find((old) => old.text === proposal.text && old.state !== 'proposed') ?? proposal);
}

export interface PublicMinuteItem {
  number: string;
  title: string;
  summary: string | null;
  resolutions: string[];
  closedSession: boolean;
}

/** A minute item as the public may read it: an exempt one reduced to its title and the closed-session note. */
export function publicItem(item: Pick<MinuteItem, 'number' | 'title' | 'summary' | 'resolutions' | 'exempt'>): PublicMinuteItem {
  if (item.exempt) return { number: item.number, title: item.title, summary: CLOSED_SESSION, resolutions: [], closedSession: true };
  return { number: item.number, title: item.title, summary: item.summary || null, resolutions: item.resolutions, closedSession: false };
}

/** What a confirmed work plan change needs to be made, or the problem naming the missing field. */
export function workPlanChangeProblem(kind: 'add' | 'defer' | 'withdraw', input: { meetingId?: string; season?: string; workPlanItemId?: string }): string | null {
  const placed = Boolean(input.meetingId || input.season);
  if (kind !== 'add' && !input.workPlanItemId) return `workPlanItemId: the work plan item to ${kind}`;
  if (kind === 'add' && !placed) return 'meetingId or season: where the new item goes';
  if (kind === 'defer' && !placed) return 'meetingId or season: where the item is deferred to';
  return null;
}

/**
 * The lines of the imported text an item was read from, numbered as in the source, for reading beside
 * what was made of them: from its first line to its last (the lines between included).
 */
export function sourceExcerpt(text: string | null, lines: number[] | null): { no: number; text: string }[] {
  if (!text || !lines?.length) return [];
  const all = text.split(/\r?\n/);
  const first = Math.max(1, Math.min(...lines));
  const last = Math.min(all.length, Math.max(...lines));
  return all.slice(first - 1, last).map((line, i) => ({ no: first + i, text: line }));
}
