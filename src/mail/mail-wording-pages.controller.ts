import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Acting, Pages, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { InvalidInputError } from '../common/errors/domain-errors.js';
import { checkForm, type FormErrors, type FormField, formState, type ShownForm } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { MailWordingDto } from './mail-wording.dto.js';
import { templateOf } from './mail-wordings.controller.js';
import { type CouncilMessage, MailWordings, wordingKey } from './mail-wordings.service.js';

const FIELDS: Record<string, FormField> = { wording: { label: 'Wording' } };

/** Who sends each kind of message, as the list of messages groups them. */
const SENDERS: Record<string, string> = {
  reminders: 'Requests, reminders and the weekly digest',
  obligations: 'Answers, extensions and withdrawals',
  'draw-downs': 'Draw-down requests and calls for action',
  'forward-plan': 'Forward plan: general exception and special urgency',
  'annual-reports': 'Annual report',
  'sign-in': 'Signing in',
  mail: 'Test message',
};

/** The council's own wording of the messages the app sends: the list, one message's wording, and going back to the standard. */
@Pages()
@Controller('set-up/wording')
export class MailWordingPagesController {
  constructor(
    private readonly wordings: MailWordings,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('coordinator')
  async list(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext): Promise<void> {
    const messages = await this.wordings.list(acting.councilId);
    const groups = Object.entries(SENDERS)
      .map(([module, heading]) => ({ heading, messages: messages.filter((m) => m.module === module).map((m) => this.summary(m)) }))
      .filter((group) => group.messages.length > 0);
    const others = messages.filter((m) => !(m.module in SENDERS)).map((m) => this.summary(m));
    if (others.length) groups.push({ heading: 'Other messages', messages: others });
    this.pages.send(request, response, 'mail/pages/wordings.njk', { title: 'The wording of the e-mails', area: 'set-up', groups, changed: messages.filter((m) => m.own).length });
  }

  @Get(':module/:name')
  @Roles('coordinator')
  async show(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('module') module: string, @Param('name') name: string): Promise<void> {
    await this.render(request, response, acting, templateOf(module, name), null);
  }

  @Post(':module/:name')
  @Roles('coordinator')
  async save(@Req() request: Request, @Res() response: Response, @Acting() acting: CouncilContext, @Param('module') module: string, @Param('name') name: string, @Body() body: Record<string, unknown>): Promise<void> {
    const template = templateOf(module, name);
    const input = { wording: typeof body.wording === 'string' ? body.wording.replace(/\r\n?/g, '\n') : body.wording };
    const checked = await checkForm(MailWordingDto, input, FIELDS);
    let errors: FormErrors | null = checked.errors;
    if (checked.value) {
      try {
        await this.wordings.save(acting, template, checked.value.wording);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        // Every problem in the summary (a wording may have several), the first under the box.
        const problems = error.problems.map((problem) => problem.replace(/^wording: /, ''));
        errors = { list: problems.map((text) => ({ text, href: '#wording' })), byField: { wording: { text: problems[0]! } } };
      }
    }
    if (!errors) return response.redirect(303, `/set-up/wording/${module}/${name}?done=saved`);
    await this.render(request, response, acting, template, { name: 'wording', errors, typed: input }, 400);
  }

  @Post(':module/:name/standard')
  @Roles('coordinator')
  async restore(@Res() response: Response, @Acting() acting: CouncilContext, @Param('module') module: string, @Param('name') name: string): Promise<void> {
    await this.wordings.restore(acting, templateOf(module, name));
    response.redirect(303, `/set-up/wording/${module}/${name}?done=restored`);
  }

  private summary(message: CouncilMessage) {
    const [module, name] = message.template.replace(/\.mail\.njk$/, '').split('/');
    return { href: `/set-up/wording/${module}/${name}`, description: message.description, own: message.own };
  }

  private async render(request: Request, response: Response, acting: CouncilContext, template: string, form: ShownForm | null, status = 200): Promise<void> {
    const message = await this.wordings.message(acting.councilId, template);
    this.pages.send(
      request,
      response,
      'mail/pages/wording.njk',
      {
        title: 'The wording of a message',
        area: 'set-up',
        message,
        action: this.summary(message).href,
        wording: form ? String(form.typed.wording ?? '') : (message.own?.wording ?? message.wording),
        values: [...message.uses.names].filter((name) => name !== 'loop').sort(),
        includes: [...message.uses.includes],
        historyHref: `/audit/mail_wording/${wordingKey(template)}`,
        done: request.query.done,
        timeZone: acting.timeZone,
        ...formState(form),
      },
      status,
    );
  }
}
