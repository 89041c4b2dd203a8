import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { type FormField, formState, type ShownForm, submitForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { type CalendarSettings, DIVISIONS } from './calendar-settings.js';
import { UpdateCalendarSettingsDto } from './calendar.dto.js';
import { CalendarService } from './calendar.service.js';

const FIELDS: Record<string, FormField> = {
  agendaNoticeDays: { label: 'Agenda notice', message: 'Select 5 clear days (England) or 3 (Wales)', anchor: 'agendaNoticeDays' },
  attendanceNoticeWorkingDays: { label: 'Notice to attend', message: 'Enter the working days of notice to attend, from 1 to 60', anchor: 'attendanceNoticeWorkingDays' },
  recommendationResponseCounting: { label: '28 days', message: 'Select how the 28 days are counted', anchor: 'recommendationResponseCounting' },
  bankHolidayDivision: { label: 'Bank holidays', message: 'Select whose bank holidays are kept', anchor: 'bankHolidayDivision' },
  reportDeadlineWorkingDays: { label: 'Reports due', message: 'Enter the working days before the agenda is published, from 0 to 30', anchor: 'reportDeadlineWorkingDays' },
  countingModes: { label: 'Counting', message: 'Select how each notice is counted', anchor: 'mode-key_decision_notice' },
};

/** What each notice is, for the counting choices. */
const NOTICES: [keyof CalendarSettings['countingModes'], string][] = [
  ['key_decision_notice', 'Notice of a key decision (Regulation 9, 28 clear days)'],
  ['general_exception_notice', 'General exception notice (Regulation 10, 5 clear days)'],
  ['private_meeting_notice', 'Notice of a meeting in private (Regulation 5, 28 clear days)'],
  ['private_meeting_further_notice', 'Further notice of a meeting in private (Regulation 5, 5 clear days)'],
  ['agenda_publication', 'Agenda publication (section 100B)'],
];

/** The council's choices where the law leaves room: how its statutory days are counted. */
@Pages()
@Controller('set-up/calendar')
export class CalendarSettingsPagesController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async show(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    await this.render(request, response, acting, null);
  }

  @Post()
  @Roles('coordinator')
  async save(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const number = (name: string) => (typeof body[name] === 'string' && /^\d{1,3}$/.test((body[name] as string).trim()) ? Number(body[name]) : body[name]);
    const input = {
      agendaNoticeDays: number('agendaNoticeDays'),
      attendanceNoticeWorkingDays: number('attendanceNoticeWorkingDays'),
      recommendationResponseCounting: body.recommendationResponseCounting,
      bankHolidayDivision: body.bankHolidayDivision,
      reportDeadlineWorkingDays: number('reportDeadlineWorkingDays'),
      countingModes: Object.fromEntries(NOTICES.map(([notice]) => [notice, body[`mode-${notice}`]])),
    };
    const { errors } = await submitForm(UpdateCalendarSettingsDto, input, FIELDS, (value) => this.calendar.updateSettings(acting, value));
    if (!errors) return response.redirect(303, '/set-up/calendar?done=saved');
    await this.render(request, response, acting, { name: 'calendar', errors, typed: body }, 400);
  }

  private async render(request: Request, response: Response, acting: CouncilContext, form: ShownForm | null, status = 200): Promise<void> {
    const saved = await this.calendar.settings(acting.councilId);
    const value = (name: string, current: unknown) => String(form ? (form.typed[name] ?? '') : current);
    this.pages.send(
      request,
      response,
      'calendar/pages/settings.njk',
      {
        title: 'The statutory calendar',
        area: 'set-up',
        values: {
          agendaNoticeDays: value('agendaNoticeDays', saved.agendaNoticeDays),
          attendanceNoticeWorkingDays: value('attendanceNoticeWorkingDays', saved.attendanceNoticeWorkingDays),
          recommendationResponseCounting: value('recommendationResponseCounting', saved.recommendationResponseCounting),
          reportDeadlineWorkingDays: value('reportDeadlineWorkingDays', saved.reportDeadlineWorkingDays),
        },
        divisionItems: DIVISIONS.map((d) => ({ value: d, text: { 'england-and-wales': 'England and Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' }[d], selected: value('bankHolidayDivision', saved.bankHolidayDivision) === d })),
        notices: NOTICES.map(([notice, words]) => ({ notice, words, mode: value(`mode-${notice}`, saved.countingModes[notice]) })),
        done: request.query.done,
        ...formState(form),
      },
      status,
    );
  }
}
