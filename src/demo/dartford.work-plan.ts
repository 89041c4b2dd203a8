import type { CouncilContext } from '../common/auth/council-context.js';
import type { WorkPlanService } from '../work-plan/work-plan.service.js';
import type { Basis, Category } from '../work-plan/work-plan.rules.js';

type PlannedItem = [title: string, basis: Basis, category: Category, recurrence?: number];

/**
 * The initial rolling work plan 2016-17 and beyond, as agreed on 27 July 2016 (seed 001), before its
 * amendments: by season, each season's meeting where one exists.
 */
export const INITIAL_WORK_PLAN: Record<string, PlannedItem[]> = {
  'Summer 2016 (July)': [
    ['CSP Community Safety Strategy 2016 to 2019', 'statutory', 'community_safety_strategy'],
    ['CSP Performance Report June 2016', 'discretionary', 'performance_report'],
    ['D-TAC Update', 'discretionary', 'partner_update'],
    ['PCP Update', 'discretionary', 'police_and_crime_panel_update'],
    ['Domestic Abuse Framework Update', 'discretionary', 'partner_update'],
    ['Committee Annual Report 2015-16', 'discretionary', 'other'],
    ['Work Plan for 2016-17', 'discretionary', 'other'],
  ],
  'Winter 2017 (February)': [
    ['Presentation by PCC', 'discretionary', 'partner_update'],
    ['CSP Strategic Assessment 2016', 'statutory', 'strategic_assessment'],
    ['Update on implementation of new ASB Powers', 'discretionary', 'other'],
    ['Review Work Plan', 'discretionary', 'other'],
  ],
  'Summer 2017 (July)': [
    ['CSP Community Safety Strategy (2016 to 2019) 2017 Refresh', 'statutory', 'strategy_refresh'],
    ['Presentation by North Kent Crime Prevention Partnership / KP: Neighbourhood Watch – Sharing Best Practice', 'discretionary', 'partner_update'],
    ['CSP Performance Report June 2017', 'discretionary', 'performance_report'],
    ['Kent Police presentation on Bluewater Safety Shop / Community Safety at Home facility', 'discretionary', 'partner_update'],
    ['PCP Update', 'discretionary', 'police_and_crime_panel_update'],
    ['Review Work Plan', 'discretionary', 'other'],
  ],
  'Winter 2018 (February)': [
    ['CSP Strategic Assessment 2017', 'statutory', 'strategic_assessment'],
    ['Presentation by Kent, Surrey and Sussex CRC', 'discretionary', 'partner_update'],
    ['PCP Update', 'discretionary', 'police_and_crime_panel_update'],
    ['Review Work Plan', 'discretionary', 'other'],
  ],
};

const DIRECTOR = 'Strategic Director (External Services)';

/**
 * Loads the initial plan and its five amendments, in seed 001's order: (i) the Domestic Abuse
 * Framework review to July 2017; (ii) the D-TAC update annual each July; (iii) the PCC's
 * presentation cancelled by the PCC's office; (iv), (v) two presentations brought forward to
 * February 2017.
 */
export async function loadDartfordWorkPlan(
  workPlan: WorkPlanService,
  acting: CouncilContext,
  committeeId: string,
  meetings: { july2016: string; february2017: string; july2017: string },
): Promise<void> {
  const meetingOf: Record<string, string | undefined> = {
    'Summer 2016 (July)': meetings.july2016,
    'Winter 2017 (February)': meetings.february2017,
    'Summer 2017 (July)': meetings.july2017,
  };
  const ids: Record<string, string> = {};
  for (const [season, items] of Object.entries(INITIAL_WORK_PLAN)) {
    for (const [title, basis, category] of items) {
      const meetingId = meetingOf[season];
      const item = await workPlan.create(acting, { committeeId, title, basis, category, ...(meetingId ? { meetingId } : { season }) });
      ids[`${season}: ${title}`] = item.id;
    }
  }
  await workPlan.createVersion(acting, { committeeId, label: 'Initial Rolling Work Plan 2016-17 and Beyond', agreedAtMeetingId: meetings.july2016 });
  const agreed = { directedBy: DIRECTOR, agreedAtMeetingId: meetings.july2016, version: 1 };
  await workPlan.move(acting, ids['Summer 2016 (July): Domestic Abuse Framework Update'], {
    ...agreed,
    meetingId: meetings.july2017,
    reason: "Review of Kent's Domestic Abuse (DA) Framework to be considered in July 2017",
  });
  await workPlan.change(acting, ids['Summer 2016 (July): D-TAC Update'], {
    ...agreed,
    recurrence: { every: 'year', month: 7 },
    change: 'D-TAC 6 monthly update becomes an annual review each July',
    reason: "To coincide with the CSP's mid-year Performance Report",
  });
  await workPlan.cancel(acting, ids['Winter 2017 (February): Presentation by PCC'], {
    directedBy: "PCC's office",
    version: 1,
    reason: "Presentation by Kent PCC cancelled by PCC's office, new date to be explored",
  });
  await workPlan.move(acting, ids['Summer 2017 (July): Presentation by North Kent Crime Prevention Partnership / KP: Neighbourhood Watch – Sharing Best Practice'], {
    directedBy: DIRECTOR,
    version: 1,
    meetingId: meetings.february2017,
    reason: "Presentation on 'Neighbourhood Watch – Best Practice' brought forward to February 2017",
  });
  await workPlan.move(acting, ids['Summer 2017 (July): Kent Police presentation on Bluewater Safety Shop / Community Safety at Home facility'], {
    directedBy: DIRECTOR,
    version: 1,
    meetingId: meetings.february2017,
    reason: "Kent Police presentation on 'Bluewater Safety Shop/Community Safety at Home' brought forward to February 2017",
  });
  // The two meetings of 2016-17 considered what was scheduled for them (the D-TAC update then recurs in
  // July 2017), each once it has been held: loaded on an earlier day, the demo leaves the rest to come.
  const held = [...(acting.today >= '2016-07-27' ? [meetings.july2016] : []), ...(acting.today >= '2017-02-15' ? [meetings.february2017] : [])];
  for (const id of Object.values(ids)) {
    const item = await workPlan.item(acting.councilId, id);
    if (item.status === 'scheduled' && item.meetingId && held.includes(item.meetingId)) {
      await workPlan.consider(acting, id, item.version);
    }
  }
}
