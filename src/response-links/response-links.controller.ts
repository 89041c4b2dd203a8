import { Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { ResponseLinksService } from './response-links.service.js';

export class ResponseLinkView {
  @ApiProperty({ example: 'https://scrutiny.dartford.gov.uk/respond/…' }) url: string;
  @ApiProperty({ example: '2017-09-20', description: 'The last day the link works' }) expiresOn: string;
}

@ApiTags('obligations')
@Controller('api/v1/obligations/:id/response-links')
export class ResponseLinksController {
  constructor(private readonly links: ResponseLinksService) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({ summary: 'A new signed, single-use response link for the obligation, to send by hand (every reminder carries its own)' })
  @ApiCreatedResponse({ type: ResponseLinkView })
  @ApiErrors(404)
  create(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<ResponseLinkView> {
    return this.links.create(acting.councilId, id);
  }
}
