import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser, Pages, Roles } from '../common/auth/access.decorators.js';
import { operatorActor, type Principal } from '../common/auth/principal.js';
import { InvalidInputError } from '../common/errors/domain-errors.js';
import { type FormField, formState, problemsAsErrors, type ShownForm, submitForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { Clock } from '../common/time/clock.js';
import { dateIn } from '../common/time/dates.js';
import { AUTHORITY_KINDS, type AuthorityKind } from '../authorities/authority.dto.js';
import { AUTHORITY_KIND_LABELS } from '../authorities/authority.rules.js';
import { ObligationView } from '../obligations/obligation.dto.js';
import { KIND_LABELS, POSITION_LABELS, POSITIONS, statusTag } from '../obligations/obligation.rules.js';
import { readAnswerForm } from '../response-links/response-form.rules.js';
import { RegisterSharedAuthorityDto, SharedContactDto } from './shared-authority.dto.js';
import { SharedAuthoritiesService } from './shared-authorities.service.js';

const FIELDS = {
  register: {
    name: { label: 'Name', message: 'Enter the body’s name, in 200 characters or fewer', anchor: 'register-name' },
    kind: { label: 'Kind', message: 'Select what kind of body it is', anchor: 'register-kind' },
  },
  link: { councilSlug: { label: 'Council', message: 'Enter the short name of a council of the service, like dartford', anchor: 'councilSlug' } },
  contact: {
    name: { label: 'Name', message: 'Enter the contact’s name', anchor: 'contact-name' },
    email: { label: 'Email address', message: 'Enter an email address in the correct format, like name@example.com', anchor: 'contact-email' },
  },
} satisfies Record<string, Record<string, FormField>>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const kindItems = (typed: unknown) => [{ value: '', text: 'Select the kind' }, ...AUTHORITY_KINDS.map((k) => ({ value: k, text: AUTHORITY_KIND_LABELS[k], selected: typed === k }))];

/** The operator's pages of shared bodies: registered once, linked to each council they serve, their contacts added. */
@Pages()
@Controller('operator/authorities')
export class SharedAuthorityOperatorPagesController {
  constructor(
    private readonly shared: SharedAuthoritiesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('operator')
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.showList(request, response, null);
  }

  @Post()
  @Roles('operator')
  async register(@Req() request: Request, @Res() response: Response, @CurrentUser() operator: Principal, @Body() body: Record<string, unknown>): Promise<void> {
    const { done, errors } = await submitForm(RegisterSharedAuthorityDto, { name: text(body.name), kind: body.kind }, FIELDS.register, (value) => this.shared.register(value, operatorActor(operator)));
    if (done) return response.redirect(303, `/operator/authorities/${done.id}?done=registered`);
    await this.showList(request, response, { name: 'register', errors, typed: body }, 400);
  }

  @Get(':id')
  @Roles('operator')
  async body(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Query('done') done: unknown): Promise<void> {
    await this.showBody(request, response, id, null, typeof done === 'string' ? done : null);
  }

  @Post(':id/councils')
  @Roles('operator')
  async link(@Req() request: Request, @Res() response: Response, @CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    await this.shared.body(id);
    const slug = text(body.councilSlug).toLowerCase();
    try {
      if (!slug) throw new InvalidInputError(['councilSlug is empty']);
      await this.shared.linkCouncilBySlug(operatorActor(operator), id, slug);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return this.showBody(request, response, id, { name: 'link', errors: problemsAsErrors(error.problems, FIELDS.link), typed: body }, null, 400);
    }
    response.redirect(303, `/operator/authorities/${id}?done=linked`);
  }

  @Post(':id/contacts')
  @Roles('operator')
  async contact(@Req() request: Request, @Res() response: Response, @CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    await this.shared.body(id);
    // The contact signs in with a link sent to this address; the API's token is not needed by a person.
    const { done, errors } = await submitForm(SharedContactDto, { name: text(body.name), email: text(body.email) }, FIELDS.contact, (value) => this.shared.addContact(id, value, operatorActor(operator)));
    if (done) return response.redirect(303, `/operator/authorities/${id}?done=contact`);
    await this.showBody(request, response, id, { name: 'contact', errors, typed: body }, null, 400);
  }

  private async showList(request: Request, response: Response, form: ShownForm | null, status = 200): Promise<void> {
    const bodies = (await this.shared.list()).map(({ body, councilIds }) => ({ id: body.id, name: body.name, kind: AUTHORITY_KIND_LABELS[body.kind as AuthorityKind], councils: councilIds.length }));
    const state = formState(form);
    this.pages.send(request, response, 'shared-authorities/pages/bodies.njk', { title: 'Shared authorities', area: 'shared-authorities', bodies, kindItems: kindItems(state.typed.kind), ...state }, status);
  }

  private async showBody(request: Request, response: Response, id: string, form: ShownForm | null, done: string | null, status = 200): Promise<void> {
    const body = await this.shared.body(id);
    const [councils, contacts] = await Promise.all([this.shared.linkedCouncils(id), this.shared.contactsOf(id)]);
    this.pages.send(request, response, 'shared-authorities/pages/body.njk', {
      title: body.name,
      area: 'shared-authorities',
      body: { id: body.id, name: body.name, kind: AUTHORITY_KIND_LABELS[body.kind as AuthorityKind] },
      councils,
      contacts,
      done,
      ...formState(form),
    }, status);
  }
}

/** A shared body's contact's pages: every council's obligations to the body on one page, each answered here, and their calendar. */
@Pages()
@Controller('shared-authority')
export class SharedAuthorityContactPagesController {
  constructor(
    private readonly shared: SharedAuthoritiesService,
    private readonly pages: PageRenderer,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('shared-authority')
  async obligations(@Req() request: Request, @Res() response: Response, @CurrentUser() contact: Principal, @Query('done') done: unknown): Promise<void> {
    const { body, parts } = await this.shared.parts(contact.authorityId!);
    const councils = parts.map((part) => {
      const today = dateIn(this.clock.now(), part.timeZone);
      const rows = part.obligations.map((o) => {
        const shown = ObligationView.from(o, today, part.timeZone, true);
        return { id: o.id, subject: shown.subject, kind: KIND_LABELS[o.kind], dueOn: o.dueOn, tag: statusTag(o.status, o.dueOn, today) };
      });
      return { id: part.councilId, name: part.councilName, rows, open: part.obligations.filter((o) => o.status === 'open').length };
    });
    this.pages.send(request, response, 'shared-authorities/pages/obligations.njk', { title: `Obligations to the councils ${body.name} serves`, area: 'shared-obligations', headerName: body.name, bodyName: body.name, councils, done: typeof done === 'string' ? done : null });
  }

  @Get('obligations/:id')
  @Roles('shared-authority')
  async obligation(@Req() request: Request, @Res() response: Response, @CurrentUser() contact: Principal, @Param('id') id: string): Promise<void> {
    await this.showObligation(request, response, contact, id, null);
  }

  @Post('obligations/:id')
  @Roles('shared-authority')
  async respond(@Req() request: Request, @Res() response: Response, @CurrentUser() contact: Principal, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const { obligation } = await this.shared.obligation(contact, id);
    const read = readAnswerForm({ ...body, action: 'respond' }, obligation);
    if (!read.ok) {
      // In the order of the page: the positions on the recommendations, then the response.
      const ordered = [...read.errors.filter((e) => e.field !== 'text'), ...read.errors.filter((e) => e.field === 'text')];
      const errors = { list: ordered.map((e) => ({ text: e.message, href: `#${e.field}` })), byField: Object.fromEntries(ordered.map((e) => [e.field, { text: e.message }])) };
      return this.showObligation(request, response, contact, id, { name: 'respond', errors, typed: body }, 400);
    }
    if (read.answer.action !== 'respond') throw new Error('The form answers with a response only');
    const { text: answer, positions } = read.answer;
    // The service checks the state (already answered, withdrawn: 409) as the API does.
    await this.shared.respond(contact, id, { text: answer, ...(positions.length ? { positions } : {}) });
    response.redirect(303, '/shared-authority?done=answered');
  }

  @Post('calendar')
  @Roles('shared-authority')
  async calendar(@Req() request: Request, @Res() response: Response, @CurrentUser() contact: Principal): Promise<void> {
    const { body } = await this.shared.parts(contact.authorityId!);
    const feedUrl = await this.shared.renewFeed(contact);
    this.pages.send(request, response, 'shared-authorities/pages/calendar.njk', { title: 'Your calendar address', area: 'shared-obligations', headerName: body.name, feedUrl });
  }

  private async showObligation(request: Request, response: Response, contact: Principal, id: string, form: ShownForm | null, status = 200): Promise<void> {
    const { body, council, obligation } = await this.shared.obligation(contact, id);
    const today = dateIn(this.clock.now(), council.timeZone);
    const shown = ObligationView.from(obligation, today, council.timeZone, true);
    this.pages.send(request, response, 'shared-authorities/pages/obligation.njk', {
      title: shown.subject,
      area: 'shared-obligations',
      headerName: body.name,
      bodyName: body.name,
      councilName: council.name,
      obligation: { ...shown, kindLabel: KIND_LABELS[obligation.kind], tag: statusTag(obligation.status, obligation.dueOn, today) },
      positions: POSITIONS.map((p) => ({ value: p, text: POSITION_LABELS[p] })),
      ...formState(form),
    }, status);
  }
}
