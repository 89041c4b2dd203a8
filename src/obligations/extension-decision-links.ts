import { Injectable } from '@nestjs/common';
import { addDays } from '../calendar/calendar.rules.js';
import { readLinkToken, signLinkToken } from '../common/auth/signed-link.js';
import { hashToken } from '../common/auth/tokens.js';
import { AppConfig } from '../common/config/app-config.js';
import { SecretsService } from '../common/secrets/secrets.service.js';
import { endOfDay, type IsoDate } from '../common/time/dates.js';

/** How long the co-ordinators' link to decide a request for more time works. */
export const DECISION_LINK_DAYS = 28;

/**
 * The signed links that let a co-ordinator decide an authority's request for more time from the
 * e-mail that tells them of it (the web pages will hold the decision too). The extension's row keeps
 * only the hash of its link; a link decides once, because the extension is decided once.
 */
@Injectable()
export class ExtensionDecisionLinks {
  constructor(
    private readonly secrets: SecretsService,
    private readonly config: AppConfig,
  ) {}

  async issue(extensionId: string, from: IsoDate, timeZone: string): Promise<{ url: string; tokenHash: string; expiresOn: IsoDate }> {
    const expiresOn = addDays(from, DECISION_LINK_DAYS);
    const token = signLinkToken(await this.secrets.linkKey(), { linkId: extensionId, expiresAt: endOfDay(expiresOn, timeZone) });
    return { url: `${this.config.publicBaseUrl}/decide-extension/${token}`, tokenHash: hashToken(token), expiresOn };
  }

  /** The extension a well-signed token names, with its expiry and the hash to compare with the row's; null for a bad token. */
  async read(token: string): Promise<{ extensionId: string; expiresAt: Date; tokenHash: string } | null> {
    const claims = readLinkToken(await this.secrets.linkKey(), token);
    if (typeof claims === 'string') return null;
    return { extensionId: claims.linkId, expiresAt: claims.expiresAt, tokenHash: hashToken(token) };
  }
}
