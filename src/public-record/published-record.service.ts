import { Injectable } from '@nestjs/common';
import { AnnualReportsService } from '../annual-reports/annual-reports.service.js';
import { startOfDay } from '../common/time/dates.js';
import { instantInWords } from '../common/web/words.js';
import type { Council } from '../councils/councils.service.js';
import { noticeTitle } from '../forward-plan/forward-plan.rules.js';
import { ForwardPlanService } from '../forward-plan/forward-plan.service.js';
import { MinutesService } from '../minutes/minutes.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import { publicTitle } from '../exempt-information/exempt.rules.js';
import { FEED_LENGTH, type Published } from './feed.rules.js';

/** A passage with the matched words between \u0001 and \u0002, as parts to show plainly or marked. */
function marked(passage: string): { text: string; hit: boolean }[] {
  return passage
    .split(/(\u0001[^\u0002]*\u0002)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('\u0001') ? { text: part.slice(1, -1), hit: true } : { text: part, hit: false }));
}

/**
 * What a council has published, gathered from the modules that own each part as they show it to the
 * public (exempt records already reduced to their paragraph there): the public record's feed.
 */
@Injectable()
export class PublishedRecordService {
  constructor(
    private readonly minutes: MinutesService,
    private readonly workPlan: WorkPlanService,
    private readonly forwardPlan: ForwardPlanService,
    private readonly annualReports: AnnualReportsService,
  ) {}

  /**
   * What the public record holds on a search: the approved minutes by full-text search, and the titles
   * it publishes (agenda items, the work plan, key decisions) holding every word. Nothing exempt.
   */
  async search(slug: string, query: string): Promise<{ council: Council; minutes: { meetingId: string; meeting: string; number: string; title: string; passage: { text: string; hit: boolean }[] }[]; titles: { kind: string; title: string; path: string }[] } | null> {
    const meetings = await this.minutes.publicMeetings(slug);
    if (!meetings) return null;
    const { council } = meetings;
    const words = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 20);
    if (words.length === 0) return { council, minutes: [], titles: [] };
    const [found, plan, notices] = await Promise.all([this.minutes.searchApproved(council.id, words.join(' ')), this.workPlan.publicPlan(slug), this.forwardPlan.published(slug)]);
    const when = (meetingId: string) => {
      const meeting = meetings.meetings.find((m) => m.meeting.id === meetingId)?.meeting;
      return meeting ? instantInWords(meeting.startsAt, council.timeZone) : '';
    };
    // A plural finds the singular in a title too ("assessments", "Strategic Assessment 2016").
    const holds = (title: string) => words.every((w) => title.toLowerCase().includes(w.length > 3 ? w.replace(/s$/, '') : w));
    const base = `/public/${slug}`;
    const titles = [
      ...meetings.meetings.flatMap(({ meeting, agenda }) =>
        meeting.agendaPublishedAt ? agenda.filter((a) => holds(a.title)).map((a) => ({ kind: `Agenda of ${when(meeting.id)}, item ${a.number}`, title: a.title, path: `${base}/meetings/${meeting.id}#agenda` })) : [],
      ),
      ...(plan?.committees ?? []).flatMap(({ groups }) =>
        groups.flatMap((g) => g.items.filter((i) => i.status !== 'withdrawn').map((i) => publicTitle(i.title, i.exemptParagraph)).filter(holds).map((title) => ({ kind: 'Work plan', title, path: `${base}/work-plan` }))),
      ),
      ...(notices?.notices ?? []).flatMap(({ decisions }) => decisions.filter((d) => holds(d.title)).map((d) => ({ kind: 'Key decision (forward plan)', title: d.title, path: `${base}/forward-plan` }))),
    ];
    return {
      council,
      minutes: found.map((f) => ({ ...f, meeting: when(f.meetingId), passage: marked(f.passage) })),
      titles,
    };
  }

  /**
   * What the feed lists: every agenda, approved minutes, notice and annual report (a few a year each),
   * and the newest work plan changes (which grow with every item's every move), enough to fill it.
   */
  async of(slug: string): Promise<{ council: Council; published: Published[] } | null> {
    const meetings = await this.minutes.publicMeetings(slug);
    if (!meetings) return null;
    const { council } = meetings;
    const base = `/public/${slug}`;
    const [amendments, notices, reports] = await Promise.all([this.workPlan.publicAmendments(council.id, council.timeZone, { newest: FEED_LENGTH }), this.forwardPlan.published(slug), this.annualReports.submitted(slug)]);
    const published: Published[] = [];
    for (const { meeting, agenda, approvedAt } of meetings.meetings) {
      const when = instantInWords(meeting.startsAt, council.timeZone);
      if (meeting.agendaPublishedAt) {
        published.push({ kind: 'agenda', key: meeting.id, title: `Agenda published: meeting of ${when}`, summary: agenda.map((a) => `${a.number}. ${a.title}`).join('\n'), path: `${base}/meetings/${meeting.id}#agenda`, at: meeting.agendaPublishedAt });
      }
      if (approvedAt) {
        published.push({ kind: 'minutes', key: meeting.id, title: `Minutes approved: meeting of ${when}`, summary: `The minutes of the meeting of ${when}, approved as a correct record.`, path: `${base}/meetings/${meeting.id}#minutes`, at: approvedAt });
      }
    }
    for (const a of amendments) {
      published.push({ kind: 'work-plan-change', key: a.id, title: `Work plan: ${a.title}`, summary: `${a.words}. ${a.reason}`, path: `${base}/work-plan#amendments`, at: a.recordedAt });
    }
    for (const { notice, decisions } of notices?.notices ?? []) {
      if (!notice.publishedOn) continue;
      published.push({ kind: 'forward-plan', key: notice.id, title: noticeTitle(notice), summary: `${decisions.length} key decision${decisions.length === 1 ? '' : 's'}.`, path: `${base}/forward-plan`, at: startOfDay(notice.publishedOn, council.timeZone) });
    }
    for (const r of reports?.reports ?? []) {
      if (!r.submittedAt) continue;
      published.push({ kind: 'annual-report', key: r.id, title: r.title.replace('Draft Annual Report', 'Annual Report'), summary: `The committee's annual report for ${r.municipalYear}, submitted to the council.`, path: `${base}/annual-reports/${r.municipalYear}`, at: r.submittedAt });
    }
    return { council, published };
  }
}
