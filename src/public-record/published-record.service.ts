import { Injectable } from '@nestjs/common';
import { AnnualReportsService } from '../annual-reports/annual-reports.service.js';
import { startOfDay } from '../common/time/dates.js';
import { instantInWords } from '../common/web/words.js';
import type { Council } from '../councils/councils.service.js';
import { noticeTitle } from '../forward-plan/forward-plan.rules.js';
import { ForwardPlanService } from '../forward-plan/forward-plan.service.js';
import { MinutesService } from '../minutes/minutes.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import type { Published } from './feed.rules.js';

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

  async of(slug: string): Promise<{ council: Council; published: Published[] } | null> {
    const meetings = await this.minutes.publicMeetings(slug);
    if (!meetings) return null;
    const { council } = meetings;
    const base = `/public/${slug}`;
    const [amendments, notices, reports] = await Promise.all([this.workPlan.publicAmendments(council.id, council.timeZone), this.forwardPlan.published(slug), this.annualReports.submitted(slug)]);
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
