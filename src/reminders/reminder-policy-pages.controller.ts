import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { InvalidInputError } from '../common/errors/domain-errors.js';
import { checkForm, type FormErrors, noErrors, problemsAsErrors } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { ReminderPolicyDto } from './reminder.dto.js';
import { stageLabel } from './reminder-mail.rules.js';
import { RemindersService } from './reminders.service.js';

/** Rows the form offers beyond the stages there are, for adding one without JavaScript. */
const BLANK_ROWS = 2;

/** The council's reminder policy: when, and to whom, the authorities are reminded. */
@Pages()
@Controller('set-up/reminders')
export class ReminderPolicyPagesController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async show(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    const policy = await this.reminders.policy(acting.councilId);
    const rows = policy.stages.map((s) => ({ offsetDays: String(s.offsetDays), level: String(s.level), copyCoordinator: s.copyCoordinator, copyChair: s.copyChair }));
    this.render(request, response, { rows, acknowledge: policy.acknowledgeWithinWorkingDays === null ? '' : String(policy.acknowledgeWithinWorkingDays) }, null);
  }

  @Post()
  @Roles('coordinator')
  async save(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const count = Math.min(50, Number(body.rows) || 0);
    const rows = [...Array(count).keys()].map((i) => ({
      offsetDays: String(body[`offsetDays-${i}`] ?? '').trim(),
      level: String(body[`level-${i}`] ?? '0'),
      copyCoordinator: body[`copyCoordinator-${i}`] === 'yes',
      copyChair: body[`copyChair-${i}`] === 'yes',
      remove: body[`remove-${i}`] === 'yes',
    }));
    const kept = rows.filter((r) => r.offsetDays !== '' && !r.remove);
    const errors = noErrors();
    rows.forEach((r, i) => {
      if (r.offsetDays !== '' && !/^-?\d{1,2}$/.test(r.offsetDays)) {
        const text = `Stage ${i + 1}: enter the days as a whole number, like 7, or -7 for before the due date`;
        errors.list.push({ text, href: `#offsetDays-${i}` });
        errors.byField[`offsetDays-${i}`] = { text };
      }
    });
    const acknowledge = String(body.acknowledge ?? '').trim();
    const input = {
      stages: kept.map((r) => ({ offsetDays: Number(r.offsetDays), level: Number(r.level), copyCoordinator: r.copyCoordinator, copyChair: r.copyChair })),
      acknowledgeWithinWorkingDays: acknowledge === '' ? null : Number(acknowledge),
    };
    if (!errors.list.length) {
      const checked = await checkForm(ReminderPolicyDto, input, {
        stages: { label: 'Stages', message: 'Each stage must be between 60 days before and 90 days after the due date', anchor: 'offsetDays-0' },
        acknowledgeWithinWorkingDays: { label: 'Acknowledgement', message: 'Enter the working days to acknowledge within, from 1 to 20, or leave it empty', anchor: 'acknowledge' },
      });
      if (checked.errors) Object.assign(errors, checked.errors);
      else {
        try {
          await this.reminders.updatePolicy(acting, checked.value);
          return response.redirect(303, '/set-up/reminders?done=saved');
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          Object.assign(errors, problemsAsErrors(error.problems, {}));
        }
      }
    }
    this.render(request, response, { rows, acknowledge }, errors, 400);
  }

  private render(request: Request, response: Response, values: { rows: { offsetDays: string; level: string; copyCoordinator: boolean; copyChair: boolean }[]; acknowledge: string }, errors: FormErrors | null, status = 200): void {
    const rows = [...values.rows, ...Array(BLANK_ROWS).fill({ offsetDays: '', level: '0', copyCoordinator: false, copyChair: false })].map((r, i) => {
      const days = Number(r.offsetDays);
      const when = r.offsetDays === '' || Number.isNaN(days) ? null : stageLabel(days === 0 ? 'due' : days < 0 ? `before-${-days}` : `after-${days}`);
      return { ...r, index: i, when };
    });
    this.pages.send(
      request,
      response,
      'reminders/pages/policy.njk',
      { title: 'Reminders', area: 'set-up', rows, acknowledge: values.acknowledge, done: request.query.done, errors: errors?.list ?? [], fieldErrors: errors?.byField ?? {} },
      status,
    );
  }
}
