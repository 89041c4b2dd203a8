import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Acting, Roles } from '../common/auth/access.decorators.js';
import { type CouncilContext } from '../common/auth/council-context.js';
import { ROLES } from '../common/auth/principal.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { ApiErrors } from '../common/http/api-docs.decorators.js';
import { CouncilsService } from '../councils/councils.service.js';
import {
  AddBankHolidayDto,
  AddedBankHolidayView,
  BankHolidaysQuery,
  BankHolidaysView,
  CalendarSettingsView,
  DeadlineQuery,
  DeadlineView,
  UpdateCalendarSettingsDto,
} from './calendar.dto.js';
import { CalendarService } from './calendar.service.js';

@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    private readonly councils: CouncilsService,
  ) {}

  @Get('deadlines')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The date a statutory rule gives, with its citation and an explanation' })
  @ApiOkResponse({ type: DeadlineView })
  @ApiErrors(400, 404)
  async deadline(@Acting() acting: CouncilContext, @Query() query: DeadlineQuery): Promise<DeadlineView> {
    if (query.council && (await this.councils.council(acting.councilId)).slug !== query.council) {
      throw new NotFoundError('Council', query.council);
    }
    const [result] = await this.calendar.deadlines(acting.councilId, [query.rule], query.date);
    return { ...result, dueAt: result.dueAt.toISOString() };
  }

  @Get('bank-holidays')
  @Roles(...ROLES)
  @ApiOperation({ summary: "Bank holidays of a year, for the council's division unless another is asked for" })
  @ApiOkResponse({ type: BankHolidaysView })
  @ApiErrors(400)
  async bankHolidays(@Acting() acting: CouncilContext, @Query() query: BankHolidaysQuery): Promise<BankHolidaysView> {
    const found = await this.calendar.bankHolidaysFor(acting.councilId, query.division, query.year);
    return { ...found, items: found.items.map(({ date, title, notes, source }) => ({ date, title, notes, source })) };
  }

  @Post('bank-holidays')
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Add a bank holiday for the council (one announced after the shipped list); open obligations whose due dates it moves are recomputed, with the change explained',
  })
  @ApiCreatedResponse({ type: AddedBankHolidayView })
  @ApiErrors(400, 409, 413)
  async addBankHoliday(@Acting() acting: CouncilContext, @Body() body: AddBankHolidayDto): Promise<AddedBankHolidayView> {
    const { holiday, recomputed } = await this.calendar.addBankHoliday(acting, body);
    return { date: holiday.date, title: holiday.title, recomputed };
  }

  @Get('settings')
  @Roles('coordinator')
  @ApiOperation({ summary: "The council's counting settings (defaults from the statutory rules)" })
  @ApiOkResponse({ type: CalendarSettingsView })
  @ApiErrors()
  settings(@Acting() acting: CouncilContext): Promise<CalendarSettingsView> {
    return this.calendar.settings(acting.councilId);
  }

  @Put('settings')
  @Roles('coordinator')
  @ApiOperation({ summary: 'Change some of the counting settings; the rest keep their values' })
  @ApiOkResponse({ type: CalendarSettingsView })
  @ApiErrors(400, 413)
  updateSettings(@Acting() acting: CouncilContext, @Body() body: UpdateCalendarSettingsDto): Promise<CalendarSettingsView> {
    return this.calendar.updateSettings(acting, body);
  }
}
