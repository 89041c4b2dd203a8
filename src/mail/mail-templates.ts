import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import nunjucks from 'nunjucks';
import { formatDate } from '../calendar/calendar.rules.js';
import { projectDir } from '../common/files/project-dir.js';
import { AppConfig } from '../common/config/app-config.js';
import { CouncilsService } from '../councils/councils.service.js';
import { asSeenOutside } from '../exempt-information/exempt.rules.js';
import { MailWordings } from './mail-wordings.service.js';
import { bodyToHtml, escapeHtml, headedByLogo, type RenderedMail, splitSubject } from './template.rules.js';
import { logoPath } from '../councils/logo.rules.js';

/**
 * Who a message goes to. `outside`: an authority's contact (an outside body), who never sees exempt
 * information; `council`: the council's own members and officers.
 */
export type Audience = 'council' | 'outside';

/** Reads a template from the council's own wordings, else from the first folder that has it. */
function loader(own: ReadonlyMap<string, string>, paths: string[]): nunjucks.ILoader {
  return {
    getSource(name: string) {
      const wording = own.get(name);
      if (wording !== undefined) return { src: wording, path: `council wording of ${name}`, noCache: false };
      for (const folder of paths) {
        const path = resolve(folder, name);
        // A name cannot climb out of its folder ("../../etc/passwd").
        if (!path.startsWith(folder + '/') || !existsSync(path)) continue;
        return { src: readFileSync(path, 'utf8'), path, noCache: false };
      }
      throw new Error(`Mail template ${name} not found`);
    },
  } as nunjucks.ILoader;
}

const STANDARD_ONLY: ReadonlyMap<string, string> = new Map();

/** What heads a council's mail and where its own templates are: its slug, name and logo's address. */
interface Brand {
  slug: string;
  name: string;
  logo: string | null;
}
const NO_BRAND: Brand = { slug: '', name: '', logo: null };
const BRAND_REREAD_MS = 30_000;

interface Engine {
  /** The council's own wordings the engine was made with; new wordings make a new engine. */
  wordings: ReadonlyMap<string, string>;
  env: nunjucks.Environment;
}

/**
 * The one door every e-mail's wording goes through. Each message is a template file beside the
 * module that sends it (`src/<module>/<name>.mail.njk`), written once as plain text; the HTML part is
 * the same text escaped and laid out. A council changes a message's wording on its set-up pages
 * (MailWordings, checked safe before it is kept); a deployment may also put a council's copy at
 * `<MAIL_TEMPLATES_DIR>/<council slug>/<module>/<name>.mail.njk` (read at start), which the council's
 * own wording, if any, replaces. Values for an outside body pass through `asSeenOutside` here,
 * whatever the template or the caller: exempt text cannot reach an authority's e-mail.
 */
@Injectable()
export class MailTemplates {
  private readonly sources: string;
  private readonly overrides: string;
  private readonly engines = new Map<string, Engine>();
  private readonly logger = new Logger(MailTemplates.name);
  private readonly brands = new Map<string, { readAt: number; brand: Promise<Brand> }>();
  private readonly baseUrl: string;

  constructor(
    config: AppConfig,
    private readonly councils: CouncilsService,
    private readonly wordings: MailWordings,
  ) {
    const project = projectDir();
    this.sources = join(project, 'src');
    this.overrides = resolve(project, config.MAIL_TEMPLATES_DIR ?? 'config/mail-templates');
    this.baseUrl = config.publicBaseUrl;
    councils.onOutwardChange((councilId) => this.brands.delete(councilId));
  }

  /** The message `template` makes of `values`, in the council's wording, as its audience may read it, headed by its logo when it has one. */
  async render(template: string, values: object, to: { councilId: string; audience: Audience }): Promise<RenderedMail> {
    const seen = to.audience === 'outside' ? asSeenOutside(values) : values;
    const brand = await this.brandOf(to.councilId);
    const wordings = to.councilId ? await this.wordings.wordingsOf(to.councilId) : STANDARD_ONLY;
    let rendered: RenderedMail;
    try {
      rendered = this.renderWith(this.engineFor(to.councilId, brand.slug, wordings), template, seen);
    } catch (error) {
      // A council's wording that fails with these values must not stop the message: the standard wording goes instead.
      if (!wordings.has(template)) throw error;
      this.logger.warn(`The council's own wording of ${template} failed (${(error as Error).message}); the standard wording was sent`);
      rendered = this.renderWith(this.engineFor(`${to.councilId}:standard`, brand.slug, STANDARD_ONLY), template, seen);
    }
    return brand.logo ? { ...rendered, html: headedByLogo(rendered.html, { src: `${this.baseUrl}${brand.logo}`, alt: brand.name }) } : rendered;
  }

  private renderWith(engine: Engine, template: string, values: object): RenderedMail {
    const { subject, body: text } = splitSubject(engine.env.render(template, values), template);
    return { subject, text, html: bodyToHtml(escapeHtml(text)) } as RenderedMail;
  }

  /**
   * The council's slug (its own templates' folder), name and logo, read again after a while (a logo
   * changed reaches this instance's mail at once, the others' within BRAND_REREAD_MS); none for the service's
   * own mail (councilId '').
   */
  private brandOf(councilId: string): Promise<Brand> {
    if (!councilId) return Promise.resolve(NO_BRAND);
    const kept = this.brands.get(councilId);
    if (kept && Date.now() - kept.readAt < BRAND_REREAD_MS) return kept.brand;
    const brand = this.councils.council(councilId).then((c) => ({ slug: c.slug, name: c.name, logo: c.logoDigest ? logoPath(c.slug, c.logoDigest) : null }));
    this.brands.set(councilId, { readAt: Date.now(), brand });
    brand.catch(() => this.brands.delete(councilId));
    return brand;
  }

  private engineFor(councilId: string, slug: string, wordings: ReadonlyMap<string, string>): Engine {
    let engine = this.engines.get(councilId);
    if (!engine || engine.wordings !== wordings) {
      const own = join(this.overrides, slug);
      const paths = slug && existsSync(own) ? [own, this.sources] : [this.sources];
      const env = new nunjucks.Environment(loader(wordings, paths), { autoescape: false, trimBlocks: true, lstripBlocks: true });
      env.addFilter('date', (day: string | null | undefined) => (day ? formatDate(day) : ''));
      engine = { wordings, env };
      this.engines.set(councilId, engine);
    }
    return engine;
  }
}
