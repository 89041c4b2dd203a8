import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { CouncilsService } from '../councils/councils.service.js';
import { IdentityProviderDto, IdentityProviderView } from './identity-provider.dto.js';
import { IdentityProvidersService } from './identity-providers.service.js';

@ApiTags('sign-in')
@Controller('api/v1/identity-provider')
export class IdentityProviderController {
  constructor(
    private readonly providers: IdentityProvidersService,
    private readonly councils: CouncilsService,
  ) {}

  @Get()
  @Roles('coordinator')
  @ApiOperation({ summary: "The council's identity provider for signing in to the pages by OpenID Connect (the client secret is never shown)" })
  @ApiOkResponse({ type: IdentityProviderView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext): Promise<IdentityProviderView> {
    return this.view(acting, await this.providers.of(acting.councilId));
  }

  @Put()
  @Roles('coordinator')
  @ApiOperation({ summary: "Set the council's identity provider (Microsoft Entra ID or any OpenID Connect provider); register the redirect URI it answers with" })
  @ApiOkResponse({ type: IdentityProviderView })
  @ApiErrors(400, 413)
  async put(@Acting() acting: CouncilContext, @Body() body: IdentityProviderDto): Promise<IdentityProviderView> {
    return this.view(acting, await this.providers.configure(acting, body));
  }

  @Delete()
  @HttpCode(204)
  @Roles('coordinator')
  @ApiOperation({ summary: "Stop signing in through the council's identity provider (e-mailed links still work)" })
  @ApiErrors(404)
  async remove(@Acting() acting: CouncilContext): Promise<void> {
    await this.providers.remove(acting);
  }

  private async view(acting: CouncilContext, provider: Parameters<typeof IdentityProviderView.from>[0]): Promise<IdentityProviderView> {
    const council = await this.councils.council(acting.councilId);
    return IdentityProviderView.from(provider, this.providers.redirectUri(council.slug));
  }
}
