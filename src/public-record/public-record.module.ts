import { Module } from '@nestjs/common';
import { CouncilsModule } from '../councils/councils.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { PublicHomeController } from './public-home.controller.js';

/**
 * The council's public home page. The public record's other pages are served by the modules that own
 * them, at the same addresses as their public JSON (meetings, work plan, forward plan, annual reports).
 */
@Module({
  imports: [CouncilsModule, MeetingsModule],
  controllers: [PublicHomeController],
})
export class PublicRecordModule {}
