import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { ConflictError } from '../common/errors/domain-errors.js';
import { dateFromParts } from '../common/web/forms.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { dateInWords } from '../common/web/words.js';
import { KIND_LABELS, POSITION_LABELS, POSITIONS } from '../obligations/obligation.rules.js';
import { type FieldError, type FormFields, readAnswerForm } from './response-form.rules.js';
import { type AnswerView, type LinkState, ResponseLinksService } from './response-links.service.js';

/** A notice at the top of the request's page: what was just done, or why nothing was. */
interface Notice {
  text: string;
  done: boolean;
}

/**
 * The page an authority opens from a request or reminder: no account, only the signed link. A page of
 * the GOV.UK Design System headed by the council's name and logo, left out of the API document. Nothing
 * here ever shows more than the obligation says outside the council.
 */
@ApiExcludeController()
@Public()
@Controller('respond')
export class ResponseFormController {
  constructor(
    private readonly links: ResponseLinksService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.links.open(token);
    if (opened.state !== 'open') return this.refuse(request, response, opened, 'GET');
    this.answerPage(request, response, 200, opened.view);
  }

  @Post(':token')
  async answer(@Param('token') token: string, @Body() body: FormFields, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.links.open(token);
    if (opened.state !== 'open') return this.refuse(request, response, opened, 'POST');
    const fields = body ?? {};
    // The page's date boxes (day, month, year), or a script's ISO date.
    const form = readAnswerForm({ ...fields, newDueOn: fields.newDueOn ?? dateFromParts(fields, 'newDueOn') ?? '' }, opened.obligation);
    if (!form.ok) return this.answerPage(request, response, 400, opened.view, { errors: form.errors, typed: fields });
    try {
      await this.links.answer(opened, form.answer);
    } catch (error) {
      // Another answer got there first (through this link, another, or the API): nothing changed.
      if (!(error instanceof ConflictError)) throw error;
      const now = await this.links.open(token);
      if (now.state !== 'open') return this.refuse(request, response, now, 'POST');
      return this.answerPage(request, response, 409, now.view, { notice: { text: `Nothing was recorded: ${error.message}.`, done: false } });
    }
    const { view } = opened;
    switch (form.answer.action) {
      case 'acknowledge': {
        const after = await this.links.open(token);
        return this.answerPage(request, response, 200, after.state === 'open' ? after.view : view, {
          notice: { text: 'Thank you: receipt acknowledged. You can respond or ask for more time below, with this same link.', done: true },
        });
      }
      case 'respond':
        return this.message(request, response, 200, view, 'Your response has been recorded', [
          `Thank you. ${view.authority}’s response to “${view.subject}” has been recorded and the committee’s co-ordinator can see it.`,
          'No further reminders will be sent about it. This link cannot be used again.',
        ]);
      case 'extend':
        return this.message(request, response, 200, view, 'Your request for more time has been sent', [
          `The co-ordinator will decide on it and let you know. Until then the response is due on ${dateInWords(view.dueOn)}.`,
          'This link cannot be used again; the next reminder will carry a new one.',
        ]);
    }
  }

  private answerPage(request: Request, response: Response, status: number, view: AnswerView, state: { errors?: FieldError[]; typed?: FormFields; notice?: Notice } = {}): void {
    const errors = state.errors ?? [];
    const typed = state.typed ?? {};
    // A position's error links to its first choice; a radio group has no element of its own name.
    const anchor = (field: string) => (/^position-\d+$/.test(field) ? `${field}-accepted` : field === 'newDueOn' ? 'newDueOn-day' : field);
    this.pages.sendForLink(request, response, 'response-links/pages/answer.njk', {
      title: `${KIND_LABELS[view.kind]}: ${view.subject}`,
      council: { name: view.council, logo: view.councilLogo },
      v: view,
      kindLabel: KIND_LABELS[view.kind],
      positionItems: (view.recommendations ?? []).map((_, i) => POSITIONS.map((p) => ({ id: `position-${i}-${p}`, value: p, text: POSITION_LABELS[p], checked: typed[`position-${i}`] === p }))),
      notice: state.notice?.text ?? null,
      noticeDone: state.notice?.done ?? false,
      typed,
      errors: errors.map((e) => ({ text: e.message, href: `#${anchor(e.field)}` })),
      fieldErrors: Object.fromEntries(errors.map((e) => [e.field, { text: e.message }])),
    }, status);
  }

  private refuse(request: Request, response: Response, state: Exclude<LinkState, { state: 'open' }>, method: 'GET' | 'POST'): void {
    const nothing = method === 'POST' ? ' Nothing more has been recorded.' : '';
    switch (state.state) {
      case 'invalid':
        return this.message(request, response, 404, null, 'This link is not valid', [
          'The link may have been copied only in part, or changed. Nothing has been recorded.',
          'Open the link again from the most recent reminder e-mail, or reply to that e-mail.',
        ]);
      case 'expired':
        return this.message(request, response, 410, state, 'This link has expired', ['Nothing has been recorded. The most recent reminder e-mail carries a newer link, or you can reply to it.']);
      case 'withdrawn':
        return this.message(request, response, 410, state, 'This request has been withdrawn', [
          'The committee no longer needs an answer to it. Nothing has been recorded.',
          ...(state.reason ? [`Reason: ${state.reason}`] : []),
        ]);
      case 'answered':
        return this.message(request, response, method === 'POST' ? 409 : 200, state, 'Already answered', [`A response was recorded on ${dateInWords(state.respondedOn)}.${nothing}`, 'To add to it, reply to the reminder e-mail.']);
      case 'used':
        return this.message(request, response, method === 'POST' ? 409 : 200, state, 'Already answered', [
          `This link was used on ${dateInWords(state.usedOn)} to ${state.usedFor === 'extension' ? 'ask for more time' : 'respond'}.${nothing}`,
          'Each link works once. The next reminder will carry a new one, or you can reply to the reminder e-mail.',
        ]);
    }
  }

  private message(request: Request, response: Response, status: number, about: { coordinatorEmail: string | null; council?: string; councilLogo?: string | null } | null, title: string, paragraphs: string[]): void {
    const council = about?.council ? { name: about.council, logo: about.councilLogo ?? null } : null;
    this.pages.sendLinkMessage(request, response, status, title, paragraphs, { coordinatorEmail: about?.coordinatorEmail ?? null, council });
  }
}
