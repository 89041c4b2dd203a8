import { Injectable } from '@nestjs/common';
import { operatorActor, type Principal } from '../common/auth/principal.js';
import { OutsiderKinds } from '../common/auth/outsider-kinds.js';
import { TokenKinds } from '../common/auth/token-kinds.js';
import { generateToken, hashToken, OPERATOR_PREFIX } from '../common/auth/tokens.js';
import { newId } from '../common/database/columns.js';
import { rawRead } from '../common/database/raw-sql.js';
import { COUNCIL_EXPORT_FORMAT, CouncilExport } from '../common/database/council-export.js';
import { Transactions } from '../common/database/transactions.js';
import { ConflictError, InvalidInputError } from '../common/errors/domain-errors.js';
import { Clock } from '../common/time/clock.js';
import { COMMAND_LINE, type Council, CouncilsService } from '../councils/councils.service.js';
import { AuditService, SERVICE_TRAIL } from '../audit/audit.service.js';
import type { MailIdentity } from '../councils/mail-identity.rules.js';
import { Operator, OperatorToken } from './operator.entity.js';

const operatorRow = rawRead<{ id: string; email: string; name: string }>(
  'SELECT o.id AS id, o.email AS email, o.name AS name FROM operator_tokens t JOIN operators o ON o.id = t.operator_id WHERE t.token_hash = ? AND t.revoked_at IS NULL',
);

const operatorPrincipal = (found: { id: string; email: string; name: string }): Principal => ({
  userId: found.id,
  councilId: '',
  role: 'operator',
  authorityId: null,
  email: found.email,
  name: found.name,
  timeZone: 'Europe/London',
});

/**
 * The hosting organisation's people and what they do: councils made, listed, suspended and
 * reinstated, each change in the council's own audit trail.
 */
@Injectable()
export class OperatorsService {
  constructor(
    private readonly db: Transactions,
    private readonly clock: Clock,
    private readonly councils: CouncilsService,
    private readonly councilExport: CouncilExport,
    private readonly audit: AuditService,
    kinds: TokenKinds,
    outsiders: OutsiderKinds,
  ) {
    kinds.register(OPERATOR_PREFIX, (token) => this.resolve(token));
    outsiders.register('operator', {
      home: '/operator',
      withEmail: async (email) => (await this.db.manager.findBy(Operator, { email })).map((o) => ({ id: o.id, email: o.email, signsInAs: "the service's operators" })),
      principal: async (id) => {
        const found = await this.db.manager.findOneBy(Operator, { id });
        return found ? operatorPrincipal(found) : null;
      },
    });
  }

  /** A new operator and their first token (shown once); from the command line of the host. */
  async createOperator(email: string, name: string): Promise<string> {
    const address = email.trim().toLowerCase();
    const problems = [...(/^[^\s@]+@[^\s@]+$/.test(address) ? [] : ['email must be an e-mail address']), ...(name.trim() && name.length <= 200 ? [] : ['name must be 1 to 200 characters'])];
    if (problems.length) throw new InvalidInputError(problems);
    return this.db.run(async (manager) => {
      let operator = await manager.findOneBy(Operator, { email: address });
      if (operator && operator.name !== name.trim()) throw new ConflictError(`${address} is already an operator, named ${operator.name}`);
      const made = !operator;
      if (!operator) {
        operator = manager.create(Operator, { id: newId(), email: address, name: name.trim(), createdAt: this.clock.now() });
        await manager.insert(Operator, operator);
      }
      const token = generateToken(OPERATOR_PREFIX);
      await manager.insert(OperatorToken, { id: newId(), operatorId: operator.id, tokenHash: hashToken(token), createdAt: this.clock.now(), revokedAt: null });
      const commandLine = { councilId: SERVICE_TRAIL, userId: null, label: COMMAND_LINE };
      await this.audit.record(manager, commandLine, { action: made ? 'create-operator' : 'issue-token', entityType: 'operator', entityId: operator.id, after: { email: address, name: operator.name } });
      return token;
    });
  }

  /** The operator of a token (one indexed query), or null. */
  async resolve(token: string): Promise<Principal | null> {
    const [found] = await operatorRow(this.db.manager, [hashToken(token)]);
    return found ? operatorPrincipal(found) : null;
  }

  createCouncil(operator: Principal, input: { slug: string; name: string; timeZone?: string; coordinator: { email: string; name: string } }, defaultTimeZone: string): Promise<Council> {
    return this.councils.createCouncil(input.slug, input.name, input.timeZone ?? defaultTimeZone, operatorActor(operator), input.coordinator);
  }

  listCouncils(limit: number, offset: number) {
    return this.councils.listCouncils(limit, offset);
  }

  council(id: string): Promise<Council> {
    return this.councils.council(id);
  }

  /**
   * Everything the council has recorded, for handing back to it (leaving the service, or keeping its
   * own copy): credentials left out. In the council's audit trail, with each table's row count.
   */
  async exportCouncil(operator: Principal, councilId: string): Promise<{ format: string; exportedAt: string; council: Council; tables: Record<string, Record<string, unknown>[]> }> {
    const council = await this.councils.council(councilId);
    const tables = await this.councilExport.tablesOf(councilId);
    await this.councils.noteExport(councilId, operatorActor(operator), Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])));
    return { format: COUNCIL_EXPORT_FORMAT, exportedAt: this.clock.now().toISOString(), council, tables };
  }

  /** What operators and shared bodies' contacts did outside every council, newest first. */
  serviceTrail(limit: number, offset: number) {
    return this.audit.serviceTrail(limit, offset);
  }

  mailIdentity(councilId: string): Promise<MailIdentity> {
    return this.councils.mailIdentityOf(councilId);
  }

  setMailIdentity(operator: Principal, councilId: string, input: Partial<MailIdentity>): Promise<MailIdentity> {
    const identity = { senderName: input.senderName ?? null, replyTo: input.replyTo ?? null, sendingDomain: input.sendingDomain ?? null, smtpUrl: input.smtpUrl ?? null };
    return this.councils.setMailIdentity(councilId, identity, operatorActor(operator));
  }

  rename(operator: Principal, councilId: string, name: string): Promise<Council> {
    return this.councils.rename(councilId, name, operatorActor(operator));
  }

  setLogo(operator: Principal, councilId: string, image: Buffer): Promise<Council> {
    return this.councils.setLogo(councilId, image, operatorActor(operator));
  }

  removeLogo(operator: Principal, councilId: string): Promise<Council> {
    return this.councils.removeLogo(councilId, operatorActor(operator));
  }

  suspend(operator: Principal, councilId: string, reason: string): Promise<Council> {
    return this.councils.setSuspended(councilId, { reason }, operatorActor(operator));
  }

  reinstate(operator: Principal, councilId: string): Promise<Council> {
    return this.councils.setSuspended(councilId, null, operatorActor(operator));
  }
}
