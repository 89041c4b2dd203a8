import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { Public } from '../common/auth/access.decorators.js';
import { messagePage, sendPage } from '../common/http/html.js';
import { CouncilsService } from '../councils/councils.service.js';
import { ContactCorrectionLinks } from './contact-correction-links.js';
import { type CorrectionView, correctionPage, readCorrectionForm } from './contact-correction.page.js';

/**
 * The page a co-ordinator opens from the notice that an authority's address was refused: the signed
 * link names the contact, and works while the contact is failing. HTML for people, not in the API document.
 */
@ApiExcludeController()
@Public()
@Controller('correct-contact')
export class ContactCorrectionController {
  constructor(
    private readonly links: ContactCorrectionLinks,
    private readonly authorities: AuthoritiesService,
    private readonly councils: CouncilsService,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const opened = await this.open(token, response, 'GET');
    if (opened) sendPage(response, 200, correctionPage(opened.view));
  }

  @Post(':token')
  async correct(@Param('token') token: string, @Body() body: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const opened = await this.open(token, response, 'POST');
    if (!opened) return;
    const form = readCorrectionForm(body ?? {});
    if (!form.ok) return sendPage(response, 400, correctionPage(opened.view, { errors: form.errors, values: body }));
    const { contact, authority } = opened;
    const acting = await this.councils.systemContext(authority.councilId, {
      councilId: authority.councilId,
      userId: null,
      label: `A co-ordinator of ${(await this.councils.council(authority.councilId)).name} (through the correction link e-mailed to the co-ordinators)`,
    });
    await this.authorities.updateContact(acting, authority.id, contact.id, { name: form.name, email: form.email, role: form.role, escalationLevel: contact.escalationLevel });
    sendPage(response, 200, messagePage('The contact has been corrected', [
      `${form.name} <${form.email}> is now a working contact of ${authority.name}. Reminders that could not be sent go again at the next sweep, within a few minutes.`,
    ]));
  }

  private async open(token: string, response: Response, method: 'GET' | 'POST') {
    const claims = await this.links.read(token);
    const found = claims ? await this.authorities.contactById(claims.contactId) : null;
    if (!claims || !found) {
      sendPage(response, 404, messagePage('This link is not valid', ['The link may have been copied only in part, or changed, or the contact removed. Nothing has been recorded.']));
      return null;
    }
    const { contact, authority } = found;
    if (!contact.failingSince) {
      sendPage(response, method === 'POST' ? 409 : 200, messagePage('Already corrected', [`${contact.name} <${contact.email}> of ${authority.name} is a working contact.${method === 'POST' ? ' Nothing more has been recorded.' : ''}`]));
      return null;
    }
    if (claims.expired) {
      sendPage(response, 410, messagePage('This link has expired', ['Nothing has been recorded. The next notice of a refused address carries a new link.']));
      return null;
    }
    const view: CorrectionView = { authority: authority.name, name: contact.name, email: contact.email, role: contact.role, reason: contact.failingReason ?? 'refused' };
    return { contact, authority, view };
  }
}
