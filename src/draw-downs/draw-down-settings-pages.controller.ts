import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { type FormField, formState, listOf, type ShownForm, submitForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { CommitteesService } from '../councils/committees.service.js';
import { CouncilsService } from '../councils/councils.service.js';
import { DEFAULT_DECISION_WORKING_DAYS } from './draw-down.rules.js';
import { DrawDownSettingsDto } from './draw-down.dto.js';
import { DrawDownsService } from './draw-downs.service.js';

const FIELDS: Record<string, FormField> = {
  approverIds: { label: 'Approvers', message: 'Select no more than 10 approvers', anchor: 'approverIds' },
  consultChair: { label: 'The chair', message: 'Select whether the chair is consulted', anchor: 'consultChair' },
  decisionWorkingDays: { label: 'Decision', message: 'Enter the working days the approvers have to decide, from 1 to 60', anchor: 'decisionWorkingDays' },
};

/** Who agrees members' draw-down requests, whether the chair is consulted, and how long they have to decide. */
@Pages()
@Controller('set-up/draw-downs')
export class DrawDownSettingsPagesController {
  constructor(
    private readonly drawDowns: DrawDownsService,
    private readonly committees: CommitteesService,
    private readonly councils: CouncilsService,
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
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const days = typeof body.decisionWorkingDays === 'string' && /^\d{1,3}$/.test(body.decisionWorkingDays.trim()) ? Number(body.decisionWorkingDays) : body.decisionWorkingDays;
    const input = { approverIds: listOf(body.approverIds), consultChair: body.consultChair === 'yes' ? true : body.consultChair === 'no' ? false : undefined, decisionWorkingDays: days };
    const { errors } = await submitForm(DrawDownSettingsDto, input, FIELDS, (value) => this.drawDowns.settings(acting, committee?.id ?? '', value));
    if (!errors) return response.redirect(303, '/set-up/draw-downs?done=saved');
    await this.render(request, response, acting, { name: 'draw-downs', errors, typed: body }, 400);
  }

  private async render(request: Request, response: Response, acting: CouncilContext, form: ShownForm | null, status = 200): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const [settings, users] = await Promise.all([committee ? this.drawDowns.settingsOf(acting.councilId, committee.id) : null, this.councils.listUsers(acting.councilId, 500, 0)]);
    const chosen = form ? listOf(form.typed.approverIds) : (settings?.approverIds ?? []);
    const consult = form ? form.typed.consultChair : settings ? (settings.consultChair ? 'yes' : 'no') : 'yes';
    this.pages.send(
      request,
      response,
      'draw-downs/pages/settings.njk',
      {
        title: 'Draw-down requests',
        area: 'set-up',
        committee,
        approverItems: users.items.filter((u) => u.role === 'approver').map((u) => ({ value: u.id, text: `${u.name} (${u.email})`, checked: chosen.includes(u.id) })),
        consult,
        days: form ? form.typed.decisionWorkingDays : String(settings?.decisionWorkingDays ?? DEFAULT_DECISION_WORKING_DAYS),
        done: request.query.done,
        ...formState(form),
      },
      status,
    );
  }
}
