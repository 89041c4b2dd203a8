import { Body, Controller, Get, Param, Put, Delete } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { MailWordingDto, MailWordingView } from './mail-wording.dto.js';
import { MailWordings } from './mail-wordings.service.js';

/** "reminders" + "reminder" → "reminders/reminder.mail.njk" */
export const templateOf = (module: string, name: string): string => `${module}/${name}.mail.njk`;

@ApiTags('mail')
@Controller('api/v1/mail-wordings')
export class MailWordingsController {
  constructor(private readonly wordings: MailWordings) {}

  @Get()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Every message the app sends, with the wording the council sends (its own or the standard)' })
  @ApiOkResponse({ type: [MailWordingView] })
  @ApiErrors()
  async list(@Acting() acting: CouncilContext): Promise<MailWordingView[]> {
    return (await this.wordings.list(acting.councilId)).map(MailWordingView.from);
  }

  @Get(':module/:name')
  @Roles('coordinator')
  @ApiOperation({ summary: 'One message: its standard wording, the council’s own if any, and the values it may use' })
  @ApiOkResponse({ type: MailWordingView })
  @ApiErrors(404)
  async get(@Acting() acting: CouncilContext, @Param('module') module: string, @Param('name') name: string): Promise<MailWordingView> {
    return MailWordingView.from(await this.wordings.message(acting.councilId, templateOf(module, name)));
  }

  @Put(':module/:name')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Send the council’s own wording of a message from now on (checked: plain template parts and the message’s own values only)' })
  @ApiOkResponse({ type: MailWordingView })
  @ApiErrors(400, 404, 413)
  async put(@Acting() acting: CouncilContext, @Param('module') module: string, @Param('name') name: string, @Body() body: MailWordingDto): Promise<MailWordingView> {
    return MailWordingView.from(await this.wordings.save(acting, templateOf(module, name), body.wording));
  }

  @Delete(':module/:name')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Go back to the standard wording of a message' })
  @ApiOkResponse({ type: MailWordingView })
  @ApiErrors(404)
  async restore(@Acting() acting: CouncilContext, @Param('module') module: string, @Param('name') name: string): Promise<MailWordingView> {
    return MailWordingView.from(await this.wordings.restore(acting, templateOf(module, name)));
  }
}
