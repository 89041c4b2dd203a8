import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { CouncilsService } from './councils.service.js';

/**
 * A council's logo, for anyone: it heads the council's public pages and its e-mails, which are read
 * without signing in. Its address carries its version, so a browser keeps it until it changes.
 */
@ApiExcludeController()
@Controller('branding')
export class CouncilLogoController {
  constructor(private readonly councils: CouncilsService) {}

  @Get(':slug/logo')
  @Public()
  async logo(@Param('slug') slug: string, @Query('v') version: unknown, @Res() response: Response): Promise<void> {
    const council = await this.councils.findBySlug(slug);
    const logo = council?.logoDigest ? await this.councils.logoOf(council.id) : null;
    if (!logo) throw new NotFoundError('Logo');
    const current = typeof version === 'string' && version.length >= 8 && logo.digest.startsWith(version);
    response
      .status(200)
      .set({
        'Content-Type': logo.mediaType,
        'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, no-cache',
        ETag: `"${logo.digest}"`,
        'Content-Security-Policy': "default-src 'none'",
      })
      .send(logo.bytes);
  }
}
