import { describe, expect, it } from '@jest/globals';
import { compareVersions, type SnapshotItem } from './versions.rules.js';

const item = (id: string, over: Partial<SnapshotItem> = {}): SnapshotItem => ({
  id,
  title: `Item ${id}`,
  basis: 'discretionary',
  category: 'partner_update',
  meetingId: 'jul16',
  season: 'Summer 2016 (July)',
  date: '2016-07-27',
  status: 'scheduled',
  ...over,
});

describe('compareVersions', () => {
  it('finds what was added, withdrawn, moved (which way) and considered since', () => {
    const then = [item('da'), item('pcc', { meetingId: 'feb17', season: 'Winter 2017 (February)', date: '2017-02-15' }), item('nw', { meetingId: null, season: 'Summer 2017 (July)', date: '2017-07-01' }), item('kept')];
    const now = [
      item('da', { meetingId: 'jul17', season: 'Summer 2017 (July)', date: '2017-07-26' }),
      item('pcc', { meetingId: 'feb17', season: 'Winter 2017 (February)', date: '2017-02-15', status: 'withdrawn' }),
      item('nw', { meetingId: 'feb17', season: 'Winter 2017 (February)', date: '2017-02-15', status: 'considered' }),
      item('kept', { status: 'considered' }),
      item('dtac2', { meetingId: 'jul17', season: 'Summer 2017 (July)', date: '2017-07-26' }),
    ];
    const diff = compareVersions(then, now);
    expect(diff.added.map((i) => i.id)).toEqual(['dtac2']);
    expect(diff.withdrawn.map((i) => i.id)).toEqual(['pcc']);
    expect(diff.moved.map((m) => `${m.item.id} ${m.direction} ${m.fromSeason} → ${m.toSeason}`)).toEqual([
      'da deferred Summer 2016 (July) → Summer 2017 (July)',
      'nw brought_forward Summer 2017 (July) → Winter 2017 (February)',
    ]);
    expect(diff.considered.map((i) => i.id)).toEqual(['nw', 'kept']);
  });

  it('finds nothing between a version and itself', () => {
    const plan = [item('a'), item('b')];
    expect(compareVersions(plan, plan)).toEqual({ added: [], withdrawn: [], moved: [], considered: [] });
  });
});
