import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import type { CouncilMessage } from './mail-wordings.service.js';
import { WORDING_FILTERS, WORDING_MAX_LENGTH } from './wording.rules.js';

export class MailWordingDto {
  @ApiProperty({
    description: `The council's wording of the message: a Nunjucks template beginning "Subject: …", using only the values the standard wording uses and the filters ${[...WORDING_FILTERS].join(', ')}`,
    example: 'Subject: {{ committee }}: {{ obligation.subject }} is due {{ obligation.dueOn | date }}\n\nDear colleague at {{ authority }}, …',
  })
  @IsString({ message: 'wording must be text' })
  @MaxLength(WORDING_MAX_LENGTH, { message: `wording must be at most ${WORDING_MAX_LENGTH} characters` })
  wording: string;
}

export class MailWordingView {
  @ApiProperty({ example: 'reminders/reminder.mail.njk' }) template: string;
  @ApiProperty({ example: 'reminders', description: 'The part of the app that sends it' }) module: string;
  @ApiProperty({ description: 'What the message is and when it is sent' }) description: string;
  @ApiProperty({ description: 'Whether the council sends its own wording rather than the standard one' }) changed: boolean;
  @ApiProperty({ description: 'The wording sent: the council’s own, else the standard' }) wording: string;
  @ApiProperty() standardWording: string;
  @ApiProperty({ type: [String], description: 'The values the wording may use' }) values: string[];
  @ApiProperty({ nullable: true, type: String }) changedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) changedAt: string | null;

  static from(message: CouncilMessage): MailWordingView {
    return {
      template: message.template,
      module: message.module,
      description: message.description,
      changed: message.own !== null,
      wording: message.own?.wording ?? message.wording,
      standardWording: message.wording,
      values: [...message.uses.names].filter((name) => name !== 'loop').sort(),
      changedBy: message.own?.changedBy ?? null,
      changedAt: message.own?.changedAt.toISOString() ?? null,
    };
  }
}
