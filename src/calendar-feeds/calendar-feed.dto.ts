import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import type { CalendarFeed } from './calendar-feed.entity.js';

export class CreateCalendarFeedDto {
  @ApiPropertyOptional({ description: "Co-ordinator: one authority's feed (absent: the whole council's). Authority contact: always its own" })
  @IsOptional()
  @IsString()
  @Length(1, 36)
  authorityId?: string;
}

export class CalendarFeedView {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: "Null: the whole council's obligations" }) authorityId: string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) revokedAt: string | null;

  static from(feed: CalendarFeed): CalendarFeedView {
    return {
      id: feed.id,
      authorityId: feed.authorityId,
      createdBy: feed.createdBy,
      createdAt: feed.createdAt.toISOString(),
      revokedAt: feed.revokedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedCalendarFeedView extends CalendarFeedView {
  @ApiProperty({ example: 'https://scrutiny.example.gov.uk/feeds/….ics', description: 'The secret feed address: shown only once' })
  url: string;
}
