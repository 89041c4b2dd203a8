import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import * as oidc from 'openid-client';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { AppConfig } from '../common/config/app-config.js';
import { Transactions } from '../common/database/transactions.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { seal, unseal } from '../common/secrets/sealed.js';
import { SecretsService } from '../common/secrets/secrets.service.js';
import { Clock } from '../common/time/clock.js';
import { CouncilsService } from '../councils/councils.service.js';
import { SessionsService } from '../councils/sessions.service.js';
import type { IdentityProviderDto } from './identity-provider.dto.js';
import { IdentityProvider } from './identity-provider.entity.js';
import { emailOfClaims } from './sign-in.rules.js';

/** A sign-in on its way through the provider: what the callback must find again (kept sealed in a cookie). */
export interface PendingSignIn {
  slug: string;
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

export type ProviderSignIn = { state: 'signed-in'; token: string; lifetimeSeconds: number } | { state: 'not-registered'; email: string; council: string } | { state: 'failed'; reason: string };

/** Signing in through a council's own identity provider, by OpenID Connect (authorization code with PKCE, state and nonce). */
@Injectable()
export class IdentityProvidersService {
  private readonly logger = new Logger(IdentityProvidersService.name);
  /** Each provider's discovered configuration, until its settings change. */
  private readonly discovered = new Map<string, { updatedAt: number; config: Promise<oidc.Configuration> }>();

  constructor(
    @InjectRepository(IdentityProvider) private readonly providers: Repository<IdentityProvider>,
    private readonly councils: CouncilsService,
    private readonly sessions: SessionsService,
    private readonly secrets: SecretsService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly db: Transactions,
  ) {}

  private sealingKey(): Promise<string> {
    return this.secrets.secret('identity-providers');
  }

  /** The pending sign-in, sealed for the cookie that carries it to the callback (unreadable and unforgeable by the browser). */
  async sealPending(pending: PendingSignIn): Promise<string> {
    return seal(JSON.stringify(pending), await this.secrets.secret('sign-in-state'));
  }

  async openPending(sealed: string | undefined): Promise<PendingSignIn | null> {
    if (!sealed) return null;
    const text = unseal(sealed, await this.secrets.secret('sign-in-state'));
    return text ? (JSON.parse(text) as PendingSignIn) : null;
  }

  /** The address the council registers with its provider. */
  redirectUri(slug: string): string {
    return `${this.config.publicBaseUrl}/sign-in/with/${encodeURIComponent(slug)}/callback`;
  }

  async configure(context: CouncilContext, input: IdentityProviderDto): Promise<IdentityProvider> {
    const provider: IdentityProvider = {
      councilId: context.councilId,
      displayName: input.displayName,
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretSealed: seal(input.clientSecret, await this.sealingKey()),
      updatedAt: this.clock.now(),
    };
    await this.db.run(async (manager) => {
      await manager.upsert(IdentityProvider, provider, ['councilId']);
      const { clientSecretSealed: _, ...recorded } = provider;
      await this.audit.record(manager, context.actor, { action: 'configure-identity-provider', entityType: 'council', entityId: context.councilId, after: recorded });
    });
    return provider;
  }

  async remove(context: CouncilContext): Promise<void> {
    await this.db.run(async (manager) => {
      const removed = await manager.delete(IdentityProvider, { councilId: context.councilId });
      if (!removed.affected) throw new NotFoundError('Identity provider', context.councilId);
      await this.audit.record(manager, context.actor, { action: 'remove-identity-provider', entityType: 'council', entityId: context.councilId });
    });
  }

  async of(councilId: string): Promise<IdentityProvider> {
    const provider = await this.providers.findOneBy({ councilId });
    if (!provider) throw new NotFoundError('Identity provider', councilId);
    return provider;
  }

  /** The providers the sign-in page offers, with the council each is for. */
  async offered(): Promise<{ slug: string; name: string }[]> {
    const providers = await this.providers.find({ relations: { council: true }, order: { displayName: 'ASC' } });
    return providers.map((p) => ({ slug: (p.council as unknown as { slug: string }).slug, name: p.displayName }));
  }

  private async configuration(provider: IdentityProvider): Promise<oidc.Configuration> {
    const cached = this.discovered.get(provider.councilId);
    if (cached && cached.updatedAt === provider.updatedAt.getTime()) return cached.config;
    const secret = unseal(provider.clientSecretSealed, await this.sealingKey());
    if (secret === null) throw new Error('The client secret of the identity provider cannot be unsealed: configure the provider again');
    const insecure = new URL(provider.issuer).protocol === 'http:';
    const config = oidc.discovery(new URL(provider.issuer), provider.clientId, secret, undefined, insecure ? { execute: [oidc.allowInsecureRequests] } : undefined);
    this.discovered.set(provider.councilId, { updatedAt: provider.updatedAt.getTime(), config });
    config.catch(() => this.discovered.delete(provider.councilId));
    return config;
  }

  /** Where to send the browser to sign in, and what the callback must find again. */
  async begin(slug: string, next: string): Promise<{ url: URL; pending: PendingSignIn }> {
    const council = await this.councils.councilBySlug(slug);
    const config = await this.configuration(await this.of(council.id));
    const pending: PendingSignIn = { slug, state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), next };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(slug),
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /** The provider's answer: checked (state, nonce, PKCE, the ID token), then the council's user with that address is signed in. */
  async finish(pending: PendingSignIn, callbackUrl: URL): Promise<ProviderSignIn> {
    const council = await this.councils.councilBySlug(pending.slug);
    const config = await this.configuration(await this.of(council.id));
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
      claims = tokens.claims() as Record<string, unknown> | undefined;
    } catch (error) {
      this.logger.warn(`Sign-in through the identity provider of ${pending.slug} failed: ${(error as Error).message}`);
      return { state: 'failed', reason: (error as Error).message };
    }
    const email = emailOfClaims(claims ?? {});
    if (!email) return { state: 'failed', reason: 'The identity provider gave no e-mail address' };
    const user = (await this.councils.usersWithEmail(email)).find((u) => u.councilId === council.id);
    if (!user) return { state: 'not-registered', email, council: council.name };
    const session = await this.sessions.start(user.id, 'oidc');
    return { state: 'signed-in', token: session.token, lifetimeSeconds: (session.expiresAt.getTime() - this.clock.now().getTime()) / 1000 };
  }
}
