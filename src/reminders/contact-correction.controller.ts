import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Public } from '../common/auth/access.decorators.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { CouncilsService } from '../councils/councils.service.js';
import { ContactCorrectionLinks } from './contact-correction-links.js';
import { type CorrectionFieldError, type CorrectionView, readCorrectionForm } from './contact-correction.rules.js';

/**
 * The page a co-ordinator opens from the notice that an authority's address was refused: the signed
 * link names the contact, and works while the contact is failing. A GOV.UK page headed by the council's
 * name, left out of the API document.
 */
@ApiExcludeController()
@Public()
@Controller('correct-contact')
export class ContactCorrectionController {
  constructor(
    private readonly links: ContactCorrectionLinks,
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
    private readonly pages: PageRenderer,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.open(token, request, response, 'GET');
    if (opened) this.correctionPage(request, response, 200, opened.council, opened.view, null);
  }

  @Post(':token')
  async correct(@Param('token') token: string, @Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const opened = await this.open(token, request, response, 'POST');
    if (!opened) return;
    const form = readCorrectionForm(body ?? {});
    if (!form.ok) return this.correctionPage(request, response, 400, opened.council, opened.view, { errors: form.errors, typed: body ?? {} });
    const { contact, authority, council } = opened;
    const acting = await this.councils.systemContext(authority.councilId, {
      councilId: authority.councilId,
      userId: null,
      label: `A co-ordinator of ${council} (through the correction link e-mailed to the co-ordinators)`,
    });
    await this.authorities.updateContact(acting, authority.id, contact.id, { name: form.name, email: form.email, role: form.role, escalationLevel: contact.escalationLevel });
    this.message(request, response, 200, council, 'The contact has been corrected', [
      `${form.name} <${form.email}> is now a working contact of ${authority.name}. Reminders that could not be sent go again at the next sweep, within a few minutes.`,
    ]);
  }

  private correctionPage(request: Request, response: Response, status: number, council: string, view: CorrectionView, form: { errors: CorrectionFieldError[]; typed: Record<string, unknown> } | null): void {
    const errors = form?.errors ?? [];
    this.pages.sendForLink(request, response, 'reminders/pages/correct-contact.njk', {
      title: `Correct a contact of ${view.authority}`,
      council: { name: council },
      v: view,
      typed: form?.typed ?? {},
      errors: errors.map((e) => ({ text: e.message, href: `#${e.field}` })),
      fieldErrors: Object.fromEntries(errors.map((e) => [e.field, { text: e.message }])),
    }, status);
  }

  private async open(token: string, request: Request, response: Response, method: 'GET' | 'POST') {
    const claims = await this.links.read(token);
    const found = claims ? await this.authorities.contactById(claims.contactId) : null;
    if (!claims || !found) {
      this.message(request, response, 404, null, 'This link is not valid', ['The link may have been copied only in part, or changed, or the contact removed. Nothing has been recorded.']);
      return null;
    }
    const { contact, authority } = found;
    const council = (await this.councils.council(authority.councilId)).name;
    if (!contact.failingSince) {
      this.message(request, response, method === 'POST' ? 409 : 200, council, 'Already corrected', [`${contact.name} <${contact.email}> of ${authority.name} is a working contact.${method === 'POST' ? ' Nothing more has been recorded.' : ''}`]);
      return null;
    }
    if (claims.expired) {
      this.message(request, response, 410, council, 'This link has expired', ['Nothing has been recorded. The next notice of a refused address carries a new link.']);
      return null;
    }
    const view: CorrectionView = { authority: authority.name, name: contact.name, email: contact.email, role: contact.role, reason: contact.failingReason ?? 'refused' };
    return { contact, authority, council, view };
  }

  private message(request: Request, response: Response, status: number, council: string | null, title: string, paragraphs: string[]): void {
    this.pages.sendLinkMessage(request, response, status, title, paragraphs, { council: council ? { name: council } : null });
  }
}
