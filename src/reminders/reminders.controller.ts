import { Body, Controller, Get, HttpCode, Param, Post, Put, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { DigestService } from './digest.service.js';
import { DeliveryView, DigestView, ReminderPolicyDto, SweepView } from './reminder.dto.js';
import { RemindersService } from './reminders.service.js';

@ApiTags('reminders')
@Controller('api/v1')
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly digests: DigestService,
  ) {}

  @Get('reminders/policy')
  @Roles('coordinator')
  @ApiOperation({ summary: "The council's reminder stages, and whether requests ask for acknowledgement" })
  @ApiOkResponse({ type: ReminderPolicyDto })
  @ApiErrors()
  async policy(@Acting() acting: CouncilContext): Promise<ReminderPolicyDto> {
    return this.reminders.policy(acting.councilId);
  }

  @Put('reminders/policy')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Replace the reminder stages (applies to obligations issued from now on)' })
  @ApiOkResponse({ type: ReminderPolicyDto })
  @ApiErrors(400, 413)
  async updatePolicy(@Acting() acting: CouncilContext, @Body() body: ReminderPolicyDto): Promise<ReminderPolicyDto> {
    return this.reminders.updatePolicy(acting, body);
  }

  @Post('reminders/sweep')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: "Enqueue your council's due reminders now (the scheduled tick does the same)" })
  @ApiOkResponse({ type: SweepView })
  @ApiResponse({ status: 503, description: 'Redis is down: the reminders stay due and are sent when it returns' })
  @ApiErrors()
  async sweep(@Acting() acting: CouncilContext): Promise<SweepView> {
    try {
      return { enqueued: await this.reminders.sweep(acting.councilId) };
    } catch (error) {
      throw new ServiceUnavailableException(`The queue is not available (${(error as Error).message}); due reminders stay due and will be sent when it returns`);
    }
  }

  @Get('reminders/digest')
  @Roles('coordinator')
  @ApiOperation({ summary: "What this week's digest to the co-ordinators says today: overdue, due this week, extension requests, delivery problems" })
  @ApiOkResponse({ type: DigestView })
  @ApiErrors()
  async digest(@Acting() acting: CouncilContext): Promise<DigestView> {
    return this.digests.content(acting.councilId);
  }

  @Get('obligations/:id/deliveries')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Every reminder of an obligation: stage, status, recipients, sent at, SMTP message id, attempts, error' })
  @ApiOkResponse({ type: [DeliveryView] })
  @ApiErrors(404)
  async deliveries(@Acting() acting: CouncilContext, @Param('id') id: string): Promise<DeliveryView[]> {
    return (await this.reminders.deliveries(acting.councilId, id)).map(DeliveryView.from);
  }
}
