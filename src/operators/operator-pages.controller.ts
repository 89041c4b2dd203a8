import { Body, Controller, Get, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { CurrentUser, Pages, Roles } from '../common/auth/access.decorators.js';
import type { Principal } from '../common/auth/principal.js';
import { AppConfig } from '../common/config/app-config.js';
import { type FormField, formState, problemsAsErrors, type ShownForm, submitForm } from '../common/web/forms.js';
import { InvalidInputError } from '../common/errors/domain-errors.js';
import { pageAsked, pagination } from '../common/web/page-numbers.js';
import { PageRenderer } from '../common/web/page-renderer.js';
import { auditInWords } from '../audit/audit.rules.js';
import { serverShown, serverToSave } from '../councils/mail-identity.rules.js';
import { logoPath } from '../councils/logo.rules.js';
import { CreateCouncilDto, MailIdentityDto, RenameCouncilDto, SuspendCouncilDto } from './operator.dto.js';
import { OperatorsService } from './operators.service.js';

const PER_PAGE = 50;

const FIELDS = {
  council: {
    name: { label: 'Name', message: 'Enter the council’s name, in 200 characters or fewer' },
    slug: { label: 'Short name', message: 'Enter a short name of lower-case letters, digits and hyphens, like dartford' },
    timeZone: { label: 'Time zone', message: 'Enter a time zone such as Europe/London' },
    coordinator: { label: 'First co-ordinator', message: 'Enter the first co-ordinator’s name and an email address in the correct format, like name@example.com', anchor: 'coordinator-email' },
  },
  rename: { name: { label: 'Name', message: 'Enter the council’s name, in 200 characters or fewer', anchor: 'rename-name' } },
  logo: { logo: { label: 'Logo' } },
  suspend: { reason: { label: 'Reason', message: 'Enter why the council is suspended, in 500 characters or fewer', anchor: 'suspend-reason' } },
  mail: {
    senderName: { label: 'Sender name', message: 'Enter the sender name in 200 characters or fewer, or leave it empty', anchor: 'senderName' },
    replyTo: { label: 'Reply-to address', anchor: 'replyTo' },
    sendingDomain: { label: 'Sending domain', anchor: 'sendingDomain' },
    smtpUrl: { label: 'Mail server', anchor: 'smtpUrl' },
  },
} satisfies Record<string, Record<string, FormField>>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
/** An empty box: the service's own (null), as the API takes it. */
const orNull = (value: unknown): string | null => text(value) || null;

/** The operator's pages: the councils of the hosted service, each made, suspended, exported and given its mail identity without a shell. */
@Pages()
@Controller('operator')
export class OperatorPagesController {
  constructor(
    private readonly operators: OperatorsService,
    private readonly pages: PageRenderer,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('operator')
  async councils(@Req() request: Request, @Res() response: Response, @Query('page') page: unknown): Promise<void> {
    const asked = pageAsked(page, PER_PAGE);
    const found = await this.operators.listCouncils(PER_PAGE, asked.offset);
    this.pages.send(request, response, 'operators/pages/councils.njk', {
      title: 'Councils',
      area: 'councils',
      councils: found.items,
      total: found.total,
      pagination: pagination('/operator', asked.page, found.total, PER_PAGE),
    });
  }

  @Get('audit')
  @Roles('operator')
  async audit(@Req() request: Request, @Res() response: Response, @Query('page') page: unknown): Promise<void> {
    const asked = pageAsked(page, PER_PAGE);
    const trail = await this.operators.serviceTrail(PER_PAGE, asked.offset);
    this.pages.send(request, response, 'operators/pages/audit.njk', {
      title: 'Audit trail of the service',
      area: 'audit',
      entries: trail.items.map((e) => ({ at: e.at, ...auditInWords(e, 'Europe/London') })),
      total: trail.total,
      pagination: pagination('/operator/audit', asked.page, trail.total, PER_PAGE),
    });
  }

  @Get('councils/new')
  @Roles('operator')
  newCouncil(@Req() request: Request, @Res() response: Response): void {
    this.showNewCouncil(request, response, null);
  }

  @Post('councils/new')
  @Roles('operator')
  async create(@Req() request: Request, @Res() response: Response, @CurrentUser() operator: Principal, @Body() body: Record<string, unknown>): Promise<void> {
    const input = { name: text(body.name), slug: text(body.slug).toLowerCase(), timeZone: text(body.timeZone) || undefined, coordinator: { name: text(body.coordinatorName), email: text(body.coordinatorEmail) } };
    const { done, errors } = await submitForm(CreateCouncilDto, input, FIELDS.council, (value) => this.operators.createCouncil(operator, value, this.config.TZ_DEFAULT));
    if (done) return response.redirect(303, `/operator/councils/${done.id}?done=created`);
    this.showNewCouncil(request, response, { name: 'council', errors, typed: body }, 400);
  }

  @Get('councils/:id')
  @Roles('operator')
  async council(@Req() request: Request, @Res() response: Response, @Param('id') id: string, @Query('done') done: unknown): Promise<void> {
    await this.showCouncil(request, response, id, null, typeof done === 'string' ? done : null);
  }

  @Post('councils/:id/suspend')
  @Roles('operator')
  async suspend(@Req() request: Request, @Res() response: Response, @CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    await this.operators.council(id);
    const { done, errors } = await submitForm(SuspendCouncilDto, { reason: text(body.reason) }, FIELDS.suspend, (value) => this.operators.suspend(operator, id, value.reason));
    if (done) return response.redirect(303, `/operator/councils/${id}?done=suspended`);
    await this.showCouncil(request, response, id, { name: 'suspend', errors, typed: body }, null, 400);
  }

  @Post('councils/:id/reinstate')
  @Roles('operator')
  async reinstate(@Res() response: Response, @CurrentUser() operator: Principal, @Param('id') id: string): Promise<void> {
    await this.operators.reinstate(operator, id);
    response.redirect(303, `/operator/councils/${id}?done=reinstated`);
  }

  @Post('councils/:id/mail-identity')
  @Roles('operator')
  async mailIdentity(@Req() request: Request, @Res() response: Response, @CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    const server = serverToSave(await this.operators.mailIdentity(id), orNull(body.smtpUrl), body.clearServer === 'yes');
    const input = { senderName: orNull(body.senderName), replyTo: orNull(body.replyTo), sendingDomain: orNull(body.sendingDomain), smtpUrl: 'smtpUrl' in server ? server.smtpUrl : null };
    const { done, errors } = await submitForm(MailIdentityDto, input, FIELDS.mail, (value) => {
      if ('problem' in server) throw new InvalidInputError([server.problem]);
      return this.operators.setMailIdentity(operator, id, value);
    });
    if (done) return response.redirect(303, `/operator/councils/${id}?done=mail`);
    await this.showCouncil(request, response, id, { name: 'mail', errors, typed: { ...body, smtpUrl: '' } }, null, 400);
  }

  @Post('councils/:id/name')
  @Roles('operator')
  async rename(@Req() request: Request, @Res() response: Response, @CurrentUser() operator: Principal, @Param('id') id: string, @Body() body: Record<string, unknown>): Promise<void> {
    await this.operators.council(id);
    const { done, errors } = await submitForm(RenameCouncilDto, { name: text(body.name) }, FIELDS.rename, (value) => this.operators.rename(operator, id, value.name));
    if (done) return response.redirect(303, `/operator/councils/${id}?done=renamed`);
    await this.showCouncil(request, response, id, { name: 'rename', errors, typed: body }, null, 400);
  }

  /** The logo chosen on the page (multipart: its form carries the CSRF token in its address). */
  @Post('councils/:id/logo')
  @Roles('operator')
  @UseInterceptors(FileInterceptor('logo', { limits: { fileSize: 2 * 1024 * 1024, files: 1 } }))
  async logo(@Req() request: Request, @Res() response: Response, @CurrentUser() operator: Principal, @Param('id') id: string, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<void> {
    await this.operators.council(id);
    try {
      await this.operators.setLogo(operator, id, file?.buffer ?? Buffer.alloc(0));
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return this.showCouncil(request, response, id, { name: 'logo', errors: problemsAsErrors(error.problems, FIELDS.logo), typed: {} }, null, 400);
    }
    response.redirect(303, `/operator/councils/${id}?done=branding`);
  }

  @Post('councils/:id/logo/remove')
  @Roles('operator')
  async removeLogo(@Res() response: Response, @CurrentUser() operator: Principal, @Param('id') id: string): Promise<void> {
    await this.operators.removeLogo(operator, id);
    response.redirect(303, `/operator/councils/${id}?done=logo-removed`);
  }

  private showNewCouncil(request: Request, response: Response, form: ShownForm | null, status = 200): void {
    this.pages.send(request, response, 'operators/pages/new-council.njk', { title: 'Create a council', area: 'councils', defaultTimeZone: this.config.TZ_DEFAULT, ...formState(form) }, status);
  }

  private async showCouncil(request: Request, response: Response, id: string, form: ShownForm | null, done: string | null, status = 200): Promise<void> {
    const [council, identity] = await Promise.all([this.operators.council(id), this.operators.mailIdentity(id)]);
    this.pages.send(request, response, 'operators/pages/council.njk', {
      title: council.name,
      area: 'councils',
      record: { ...council, logo: council.logoDigest ? logoPath(council.slug, council.logoDigest) : null },
      identity: { ...identity, smtpServer: serverShown(identity.smtpUrl), smtpUrl: undefined },
      done,
      ...formState(form),
    }, status);
  }
}
