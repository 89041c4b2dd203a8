import { Injectable } from '@nestjs/common';
import { addDays } from '../calendar/calendar.rules.js';
import { readLinkToken, signLinkToken } from '../common/auth/signed-link.js';
import { AppConfig } from '../common/config/app-config.js';
import { SecretsService } from '../common/secrets/secrets.service.js';
import { Clock } from '../common/time/clock.js';
import { endOfDay, type IsoDate } from '../common/time/dates.js';

/** How long the co-ordinators' link to correct a refused address works. */
export const CORRECTION_LINK_DAYS = 28;

/**
 * The signed link in the notice of a refused address, to a page where a co-ordinator corrects the
 * contact (no API route in an e-mail). It names the contact and is signed with its expiry; nothing is
 * stored, and it works only while the contact is failing: once corrected, the link is spent.
 */
@Injectable()
export class ContactCorrectionLinks {
  constructor(
    private readonly secrets: SecretsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async issue(contactId: string, from: IsoDate, timeZone: string): Promise<string> {
    const token = signLinkToken(await this.secrets.linkKey(), { linkId: contactId, expiresAt: endOfDay(addDays(from, CORRECTION_LINK_DAYS), timeZone) });
    return `${this.config.publicBaseUrl}/correct-contact/${token}`;
  }

  /** The contact a well-signed token names, and whether the link has expired; null for a bad token. */
  async read(token: string): Promise<{ contactId: string; expired: boolean } | null> {
    const claims = readLinkToken(await this.secrets.linkKey(), token);
    if (typeof claims === 'string') return null;
    return { contactId: claims.linkId, expired: claims.expiresAt <= this.clock.now() };
  }
}
