import { describe, expect, it } from '@jest/globals';
import { type CoverageItem, coverageOf } from './coverage.rules.js';

const year = { label: '2016-17', startsOn: '2016-05-18', endsOn: '2017-05-16' };
const meetings = [
  { id: 'm1', date: '2016-07-27', cancelled: false },
  { id: 'm2', date: '2017-02-15', cancelled: false },
];
const item = (over: Partial<CoverageItem>): CoverageItem => ({
  id: 'i',
  title: 'CSP Strategic Assessment 2016',
  category: 'strategic_assessment',
  status: 'considered',
  meetingId: 'm2',
  season: 'Winter 2017 (February)',
  date: '2017-02-15',
  ...over,
});

describe('coverageOf', () => {
  it('finds every duty met in 2016-17, with its evidence (seed 001)', () => {
    const result = coverageOf(year, '2017-05-01', meetings, [
      item({ id: 'sa' }),
      item({ id: 'css', title: 'CSP Community Safety Strategy 2016 to 2019', category: 'community_safety_strategy', meetingId: 'm1', date: '2016-07-27', season: 'Summer 2016 (July)' }),
    ]);
    expect(result.map((d) => [d.duty, d.state, d.meetingId, d.itemId])).toEqual([
      ['meet_at_least_once', 'met', 'm1', null],
      ['strategic_assessment', 'met', 'm2', 'sa'],
      ['community_safety_strategy', 'met', 'm1', 'css'],
    ]);
    expect(result[1].why).toBe('"CSP Strategic Assessment 2016" was considered on Wed 15 February 2017');
  });

  it('calls a duty on a meeting still to come planned', () => {
    const [meet, sa] = coverageOf(year, '2016-06-01', meetings, [item({ status: 'scheduled' })]);
    expect(meet).toMatchObject({ state: 'planned', why: 'A meeting is set for Wed 27 July 2016' });
    expect(sa).toMatchObject({ state: 'planned', why: '"CSP Strategic Assessment 2016" is scheduled for the meeting on Wed 15 February 2017' });
  });

  it('calls a duty at risk when nothing is scheduled, only a season is, or the meeting passed without it', () => {
    expect(coverageOf(year, '2016-06-01', [], [])).toEqual([
      expect.objectContaining({ state: 'at_risk', why: 'No meeting is set in 2016-17' }),
      expect.objectContaining({ state: 'at_risk', why: 'Nothing is scheduled in 2016-17' }),
      expect.objectContaining({ state: 'at_risk', why: 'Nothing is scheduled in 2016-17' }),
    ]);
    const season = coverageOf(year, '2016-06-01', meetings, [item({ status: 'agreed', meetingId: null, date: '2017-02-01' })])[1];
    expect(season).toMatchObject({ state: 'at_risk', why: '"CSP Strategic Assessment 2016" is planned for Winter 2017 (February), but no meeting is set for it' });
    const passed = coverageOf(year, '2017-03-01', meetings, [item({ status: 'scheduled' })])[1];
    expect(passed).toMatchObject({ state: 'at_risk', why: '"CSP Strategic Assessment 2016" was scheduled for Wed 15 February 2017 but not recorded as considered' });
  });

  it('calls a duty at risk when its meeting was cancelled, and does not count the meeting', () => {
    const [meet, sa] = coverageOf(year, '2016-06-01', [{ id: 'm2', date: '2017-02-15', cancelled: true }], [item({ status: 'scheduled' })]);
    expect(meet).toMatchObject({ state: 'at_risk', why: 'No meeting is set in 2016-17' });
    expect(sa).toMatchObject({ state: 'at_risk', why: '"CSP Strategic Assessment 2016" was scheduled for the meeting on Wed 15 February 2017, which was cancelled' });
  });

  it('does not count a withdrawn item or one of another year', () => {
    const [, sa] = coverageOf(year, '2017-05-01', meetings, [item({ status: 'withdrawn' }), item({ date: '2017-07-26', meetingId: 'm3' })]);
    expect(sa.state).toBe('at_risk');
  });
});
