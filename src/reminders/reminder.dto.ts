import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { Reminder } from './reminder.entity.js';

export class ReminderStageDto {
  @ApiProperty({ example: -7, description: 'Days from the due date: negative before, 0 on the day, positive after' })
  @IsInt()
  @Min(-60)
  @Max(90)
  offsetDays: number;

  @ApiProperty({ enum: [0, 1, 2], description: 'Contact level: 0 first contact, 1 senior, 2 chief officer' })
  @IsIn([0, 1, 2])
  level: 0 | 1 | 2;

  @ApiProperty()
  @IsBoolean()
  copyCoordinator: boolean;

  @ApiProperty()
  @IsBoolean()
  copyChair: boolean;
}

export class ReminderPolicyDto {
  @ApiProperty({ type: [ReminderStageDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReminderStageDto)
  stages: ReminderStageDto[];

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    minimum: 1,
    maximum: 20,
    description:
      'Ask the authority to acknowledge receipt of each request within this many working days, and chase its first contact on the next working day if it has not (when that is earlier than the first reminder). Null or absent: no acknowledgement asked for.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  acknowledgeWithinWorkingDays?: number | null;
}

export class SweepView {
  @ApiProperty({ description: 'Reminders put on the queue' }) enqueued: number;
}

export class RecipientOutcomeView {
  @ApiProperty() address: string;
  @ApiProperty({ enum: ['accepted', 'deferred', 'refused'], description: 'accepted by its mail server; deferred (a 4xx reply: tried again later); refused (a 5xx reply, or deferred for a day)' })
  state: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: "The server's reply to the last attempt" }) reply: string | null;
  @ApiProperty() tries: number;
  @ApiProperty() lastTriedAt: string;
}

export class DeliveryView {
  @ApiProperty({ example: 'after-7' }) stage: string;
  @ApiProperty({ enum: ['pending', 'sending', 'sent', 'cancelled', 'failed'] }) status: string;
  @ApiProperty() dueAt: string;
  @ApiProperty({ type: [String] }) to: string[];
  @ApiProperty({ type: [String] }) cc: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) sentAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) messageId: string | null;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, type: String }) error: string | null;
  @ApiProperty({ type: [RecipientOutcomeView], description: 'Each address offered the reminder and what its server answered' })
  recipients: RecipientOutcomeView[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Someone deferred it: when it is offered to them again' })
  retryAt: string | null;

  static from(r: Reminder): DeliveryView {
    return {
      stage: r.stage,
      status: r.status,
      dueAt: r.dueAt.toISOString(),
      to: r.recipients?.to ?? [],
      cc: r.recipients?.cc ?? [],
      sentAt: r.sentAt?.toISOString() ?? null,
      messageId: r.messageId,
      attempts: r.attempts,
      error: r.lastError,
      recipients: (r.recipientOutcomes ?? []).map(({ address, state, reply, tries, lastTriedAt }) => ({ address, state, reply, tries, lastTriedAt })),
      retryAt: r.retryAt?.toISOString() ?? null,
    };
  }
}

class DigestObligationView {
  @ApiProperty() id: string;
  @ApiProperty() authority: string;
  @ApiProperty() kind: string;
  @ApiProperty() subject: string;
  @ApiProperty() dueOn: string;
  @ApiProperty() acknowledged: boolean;
}

class DigestFailedDeliveryView {
  @ApiProperty() obligationId: string;
  @ApiProperty() authority: string;
  @ApiProperty() subject: string;
  @ApiProperty() stage: string;
  @ApiProperty() error: string;
}

class DigestFailingContactView {
  @ApiProperty() authorityId: string;
  @ApiProperty() authority: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty() reason: string;
  @ApiProperty() since: string;
}

class DigestExtensionRequestView {
  @ApiProperty() obligationId: string;
  @ApiProperty() authority: string;
  @ApiProperty() subject: string;
  @ApiPropertyOptional({ nullable: true, type: String }) newDueOn: string | null;
  @ApiProperty() reason: string;
}

export class DigestView {
  @ApiProperty() council: string;
  @ApiProperty() committee: string;
  @ApiProperty({ description: 'The Monday of the week' }) weekOf: string;
  @ApiProperty() today: string;
  @ApiProperty({ type: [DigestObligationView] }) overdue: DigestObligationView[];
  @ApiProperty({ type: [DigestObligationView], description: 'From today to Sunday' }) dueThisWeek: DigestObligationView[];
  @ApiProperty({ type: [DigestFailedDeliveryView] }) failedDeliveries: DigestFailedDeliveryView[];
  @ApiProperty({ type: [DigestFailingContactView] }) failingContacts: DigestFailingContactView[];
  @ApiProperty({ type: [DigestExtensionRequestView] }) extensionRequests: DigestExtensionRequestView[];
}
