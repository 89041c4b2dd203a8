import type { IsoDate } from '../common/time/dates.js';
import type { Basis, Category, ItemStatus } from './work-plan.rules.js';

/** An item as a version keeps it. */
export interface SnapshotItem {
  id: string;
  title: string;
  basis: Basis;
  category: Category;
  meetingId: string | null;
  season: string;
  date: IsoDate;
  status: ItemStatus;
  /** Schedule 12A paragraph of an exempt item (absent in versions kept before exemption was recorded). */
  exemptParagraph?: number | null;
}

export interface VersionDifference {
  added: SnapshotItem[];
  withdrawn: SnapshotItem[];
  moved: { item: SnapshotItem; fromSeason: string; toSeason: string; direction: 'deferred' | 'brought_forward' }[];
  /** Items that are considered now and were not then. */
  considered: SnapshotItem[];
}

/** What changed between a version and the plan as it stands (or a later version). */
export function compareVersions(then: SnapshotItem[], now: SnapshotItem[]): VersionDifference {
  const before = new Map(then.map((i) => [i.id, i]));
  const result: VersionDifference = { added: [], withdrawn: [], moved: [], considered: [] };
  for (const item of now) {
    const old = before.get(item.id);
    if (!old) {
      if (item.status !== 'withdrawn') result.added.push(item);
      continue;
    }
    if (item.status === 'withdrawn' && old.status !== 'withdrawn') result.withdrawn.push(item);
    else if (old.date !== item.date || old.meetingId !== item.meetingId) {
      result.moved.push({ item, fromSeason: old.season, toSeason: item.season, direction: item.date > old.date ? 'deferred' : 'brought_forward' });
    }
    if (item.status === 'considered' && old.status !== 'considered') result.considered.push(item);
  }
  for (const old of then) if (!now.some((i) => i.id === old.id)) result.withdrawn.push(old);
  return result;
}
