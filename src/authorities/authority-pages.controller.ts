import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { type FormErrors, type FormField, submitForm, formState, type ShownForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { ESCALATION_LEVELS } from './authority-contact.entity.js';
import { AUTHORITY_KINDS } from './authority.entity.js';
import { AddContactDto, CreateAuthorityDto, RetireDto } from './authority.dto.js';
import { AUTHORITY_KIND_LABELS, ESCALATION_LABELS } from './authority.rules.js';
import { AuthoritiesService } from './authorities.service.js';

const AUTHORITY_FIELDS: Record<string, FormField> = {
  name: { label: 'Name', message: 'Enter the name of the body, in 200 characters or fewer', anchor: 'authority-name' },
  kind: { label: 'Kind', message: 'Select what kind of body it is', anchor: 'authority-kind' },
  statutory: { label: 'Standing', message: 'Select whether it is a responsible authority or a co-operating body', anchor: 'statutory' },
};
const CONTACT_FIELDS: Record<string, FormField> = {
  name: { label: 'Name', message: 'Enter the contact’s name', anchor: 'contact-name' },
  email: { label: 'Email address', message: 'Enter an email address in the correct format, like name@example.com', anchor: 'contact-email' },
  role: { label: 'Job title', message: 'Enter the contact’s job title', anchor: 'contact-role' },
  escalationLevel: { label: 'Place on the ladder', message: 'Select where the contact stands on the ladder of reminders', anchor: 'escalationLevel' },
};


/** The responsible authorities and co-operating bodies, and each one's ladder of contacts. */
@Pages()
@Controller('authorities')
export class AuthorityPagesController {
  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async list(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    await this.showList(request, response, acting, null);
  }

  @Post()
  @Roles('coordinator')
  async add(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Body() body: Record<string, unknown>): Promise<void> {
    const input = { name: typeof body.name === 'string' ? body.name.trim() : '', kind: body.kind, statutory: body.statutory === 'true' ? true : body.statutory === 'false' ? false : undefined };
    const errors = await this.attempt(CreateAuthorityDto, input, AUTHORITY_FIELDS, (value) => this.authorities.create(acting, value));
    if (typeof errors === 'string') return response.redirect(303, `/authorities/${errors}?done=added`);
    await this.showList(request, response, acting, { name: 'authority', errors, typed: body }, 400);
  }

  @Get(':id')
  @Roles('coordinator')
  async authority(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string): Promise<void> {
    await this.showOne(request, response, acting, id, null);
  }

  @Post(':id/contacts')
  @Roles('coordinator')
  async addContact(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
    const input = { name: text('name'), email: text('email'), role: text('role'), escalationLevel: body.escalationLevel === undefined ? undefined : Number(body.escalationLevel) };
    const errors = await this.attempt(AddContactDto, input, CONTACT_FIELDS, async (value) => ({ id: (await this.authorities.addContact(acting, id, value)).id }));
    if (typeof errors === 'string') return response.redirect(303, `/authorities/${id}?done=contact-added#contacts`);
    await this.showOne(request, response, acting, id, { name: 'contact', errors, typed: body }, 400);
  }

  @Post(':id/contacts/:contactId/retire')
  @Roles('coordinator')
  async retireContact(
    @Req() request: Request,
    @Res() response: Response,
    @Acting() acting: CouncilContext,
    @Param('id') id: string,
    @Param('contactId') contactId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const fields = { reason: { label: 'Reason', message: 'Enter why the contact is no longer written to', anchor: `reason-${contactId}` } };
    const errors = await this.attempt(RetireDto, { reason: typeof body.reason === 'string' ? body.reason.trim() : '' }, fields, async (value) => ({
      id: (await this.authorities.retireContact(acting, id, contactId, value.reason)).id,
    }));
    if (typeof errors === 'string') return response.redirect(303, `/authorities/${id}?done=contact-retired#contacts`);
    await this.showOne(request, response, acting, id, { name: `retire-${contactId}`, errors, typed: body }, 400);
  }

  /** The change made (its id), or what was wrong with the form. */
  private async attempt<T extends object>(dto: new () => T, input: object, fields: Record<string, FormField>, change: (value: T) => Promise<{ id: string }>): Promise<string | FormErrors> {
    const result = await submitForm(dto, input, fields, change);
    return result.errors ?? result.done.id;
  }

  private async showList(request: Request, response: Response, acting: CouncilContext, form: ShownForm | null, status = 200): Promise<void> {
    const page = await this.authorities.list(acting.councilId, undefined, 500, 0);
    this.pages.send(
      request,
      response,
      'authorities/pages/list.njk',
      {
        title: 'Authorities',
        area: 'authorities',
        rows: page.items.map(({ authority, contacts }) => ({ ...authority, kindLabel: AUTHORITY_KIND_LABELS[authority.kind], contacts: contacts.length, failing: contacts.some((c) => c.failingSince) })),
        kindItems: [{ value: '', text: 'Select the kind' }, ...AUTHORITY_KINDS.map((k) => ({ value: k, text: AUTHORITY_KIND_LABELS[k], selected: form?.typed.kind === k }))],
        ...formState(form),
      },
      status,
    );
  }

  private async showOne(request: Request, response: Response, acting: CouncilContext, id: string, form: ShownForm | null, status = 200): Promise<void> {
    const { authority, contacts } = await this.authorities.get(acting.councilId, id);
    this.pages.send(
      request,
      response,
      'authorities/pages/authority.njk',
      {
        title: authority.name,
        area: 'authorities',
        authority: { ...authority, kindLabel: AUTHORITY_KIND_LABELS[authority.kind] },
        contacts: contacts.map((c) => ({ ...c, levelLabel: ESCALATION_LABELS[c.escalationLevel as 0 | 1 | 2] })),
        levelItems: ESCALATION_LEVELS.map((l) => ({ value: String(l), text: ESCALATION_LABELS[l], checked: String(form?.typed.escalationLevel ?? '') === String(l) })),
        done: request.query.done,
        ...formState(form),
        timeZone: acting.timeZone,
      },
      status,
    );
  }
}
