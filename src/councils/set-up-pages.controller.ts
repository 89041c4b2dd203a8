import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { InvalidInputError } from '../common/errors/domain-errors.js';
import { dateFromParts, type FormErrors, type FormField, formState, type ShownForm, submitForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { COMMITTEE_ROLES } from './committee-member.entity.js';
import { AddCommitteeMemberDto, UpdateCommitteeMemberDto } from './committee-member.dto.js';
import { COMMITTEE_ROLE_LABELS } from './committee-member.rules.js';
import { CreateCommitteeDto } from './committee.dto.js';
import { CommitteesService } from './committees.service.js';
import { CreateMunicipalYearDto } from './municipal-year.dto.js';
import { MunicipalYearsService } from './municipal-years.service.js';

type SetUpForm = 'committee' | 'year' | 'member' | `end-${string}`;

const FIELDS: Record<'committee' | 'year' | 'member' | 'end', Record<string, FormField>> = {
  committee: { name: { label: 'Name', message: 'Enter the committee’s name, in 200 characters or fewer', anchor: 'committee-name' } },
  year: {
    label: { label: 'Label', message: 'Enter the year’s label, like 2017-18', anchor: 'year-label' },
    startsOn: { label: 'First day', message: 'Enter the first day as a real date, like 17 5 2017', anchor: 'startsOn-day' },
    endsOn: { label: 'Last day', message: 'Enter the last day as a real date, like 15 5 2018', anchor: 'endsOn-day' },
  },
  member: {
    name: { label: 'Name', message: 'Enter the member’s name', anchor: 'member-name' },
    email: { label: 'Email address', message: 'Enter an email address in the correct format, like name@example.com', anchor: 'member-email' },
    role: { label: 'Role', message: 'Select the role', anchor: 'member-role' },
    from: { label: 'From', message: 'Enter the first day in the role as a real date, like 17 5 2017', anchor: 'from-day' },
    description: { label: 'Serves as', message: 'Enter what they serve as in 300 characters or fewer', anchor: 'member-description' },
    to: { label: 'To', anchor: 'from-day' },
  },
  end: { to: { label: 'Last day', message: 'Enter the last day in the role as a real date, like 15 5 2018' } },
};

/** Setting up the committee's year: the committee, its municipal years and its members. */
@Pages()
@Controller('set-up')
export class SetUpPagesController {
  constructor(
    private readonly committees: CommitteesService,
    private readonly years: MunicipalYearsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async show(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    await this.render(request, response, acting, null);
  }

  @Post('committee')
  @Roles('coordinator')
  async committee(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const input = { name: typeof body.name === 'string' ? body.name.trim() : '' };
    await this.attempt(request, response, acting, 'committee', FIELDS.committee, CreateCommitteeDto, input, input, (value) => this.committees.create(acting, value.name));
  }

  @Post('years')
  @Roles('coordinator')
  async year(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const input = { label: typeof body.label === 'string' ? body.label.trim() : '', startsOn: dateFromParts(body, 'startsOn') ?? '', endsOn: dateFromParts(body, 'endsOn') ?? '' };
    await this.attempt(request, response, acting, 'year', FIELDS.year, CreateMunicipalYearDto, input, body, (value) => this.years.create(acting, value));
  }

  @Post('members')
  @Roles('coordinator')
  async member(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
    const input = { name: text('name'), email: text('email'), role: body.role, from: dateFromParts(body, 'from') ?? '', ...(text('description') ? { description: text('description') } : {}) };
    await this.attempt(request, response, acting, 'member', FIELDS.member, AddCommitteeMemberDto, input, body, (value) => this.committees.addMember(acting, committee?.id ?? '', value));
  }

  @Post('members/:memberId/end')
  @Roles('coordinator')
  async end(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('memberId') memberId: string, @Body() body: Record<string, unknown>): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const fields = { to: { ...FIELDS.end.to!, anchor: `to-${memberId}-day` } };
    const input = { to: dateFromParts(body, `to-${memberId}`) ?? '' };
    await this.attempt(request, response, acting, `end-${memberId}`, fields, UpdateCommitteeMemberDto, input, body, (value) =>
      value.to ? this.committees.updateMember(acting, committee?.id ?? '', memberId, value) : Promise.reject(new InvalidInputError(['to: enter the last day'])),
    );
  }

  /** Checks the form with the API's DTO, makes the change, and goes back to the page; or shows the page again with what was wrong. */
  private async attempt<T extends object>(
    request: Request,
    response: Response,
    acting: CouncilContext,
    form: SetUpForm,
    fields: Record<string, FormField>,
    dto: new () => T,
    input: object,
    typed: Record<string, unknown>,
    change: (value: T) => Promise<unknown>,
  ): Promise<void> {
    const { errors } = await submitForm(dto, input, fields, change);
    if (!errors) {
      response.redirect(303, `/set-up?done=${form.startsWith('end-') ? 'ended' : form}#${form.startsWith('end-') ? 'members' : form === 'year' ? 'years' : form === 'member' ? 'members' : 'committee'}`);
      return;
    }
    await this.render(request, response, acting, { name: form, errors, typed }, 400);
  }

  private async render(request: Request, response: Response, acting: CouncilContext, form: ShownForm | null, status = 200): Promise<void> {
    const committee = await this.committees.scrutinyCommittee(acting.councilId);
    const [years, members] = await Promise.all([
      this.years.list(acting.councilId, 100, 0),
      committee ? this.committees.listMembers(acting.councilId, committee.id, {}, 500, 0) : Promise.resolve({ items: [], total: 0 }),
    ]);
    this.pages.send(
      request,
      response,
      'councils/pages/set-up.njk',
      {
        title: 'Set up the committee',
        area: 'set-up',
        committee,
        years: years.items,
        members: members.items.map((m) => ({ ...m, roleLabel: COMMITTEE_ROLE_LABELS[m.role], serving: !m.to || m.to >= acting.today })),
        roleItems: [{ value: '', text: 'Select a role' }, ...COMMITTEE_ROLES.map((r) => ({ value: r, text: COMMITTEE_ROLE_LABELS[r], selected: (form?.typed as { role?: string } | undefined)?.role === r }))],
        done: request.query.done,
        ...formState(form),
      },
      status,
    );
  }
}
