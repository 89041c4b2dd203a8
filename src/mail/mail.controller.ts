import { BadGatewayException, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext, personActing } from '../common/auth/council-context.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { MailTemplates } from './mail-templates.js';
import { MailService } from './mail.service.js';

class TestMailView {
  @ApiProperty() to: string;
  @ApiProperty({ description: 'The Message-ID the SMTP server accepted' }) messageId: string;
}

@ApiTags('operations')
@Controller('api/v1/mail')
export class MailController {
  constructor(
    private readonly mail: MailService,
    private readonly templates: MailTemplates,
  ) {}

  @Post('test')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Send a test e-mail to yourself through the configured SMTP server' })
  @ApiOkResponse({ type: TestMailView })
  @ApiResponse({ status: 502, description: 'The SMTP server refused the message or could not be reached' })
  @ApiErrors()
  async test(@Acting() acting: CouncilContext): Promise<TestMailView> {
    const message = await this.templates.render('mail/test-message.mail.njk', { name: personActing(acting).name }, { councilId: acting.councilId, audience: 'council' });
    try {
      const { messageId } = await this.mail.send({
        councilId: acting.councilId,
        to: personActing(acting).email,
        ...message,
      });
      return { to: personActing(acting).email, messageId };
    } catch (error) {
      throw new BadGatewayException(`The SMTP server did not accept the message: ${(error as Error).message}`);
    }
  }
}
