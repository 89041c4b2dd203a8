import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import type { Council } from '../councils/councils.service.js';
import { COUNCIL_SLUG } from '../councils/council.rules.js';
import { CreateUserDto } from '../councils/user.dto.js';

/** The first co-ordinator's address and name, validated as any user's. */
export class FirstCoordinatorDto extends PickType(CreateUserDto, ['email', 'name'] as const) {}

export class CreateCouncilDto {
  @ApiProperty({ example: 'dartford', description: 'Short name used in public addresses: lower-case letters, digits and hyphens' })
  @IsString()
  @Matches(COUNCIL_SLUG, { message: 'slug must be lower-case letters, digits and hyphens (at most 60)' })
  slug: string;

  @ApiProperty({ example: 'Dartford Borough Council' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: 'Europe/London', description: 'The IANA time zone its calendar days are counted in (TZ_DEFAULT when absent)' })
  @IsOptional()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, { message: 'timeZone must be an IANA time zone such as Europe/London' })
  timeZone?: string;

  @ApiProperty({ type: FirstCoordinatorDto, description: 'The first co-ordinator, who signs in to the pages with a link sent to this address' })
  @ValidateNested()
  @Type(() => FirstCoordinatorDto)
  coordinator: FirstCoordinatorDto;
}

export class SuspendCouncilDto {
  @ApiProperty({ example: 'Contract ended on 31 March 2027', description: 'Why, kept in the council’s audit trail' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class CouncilView {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() timeZone: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ enum: ['active', 'suspended'] }) status: 'active' | 'suspended';
  @ApiPropertyOptional({ nullable: true, type: String }) suspendedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) suspendedReason: string | null;

  static from(council: Council): CouncilView {
    return {
      id: council.id,
      slug: council.slug,
      name: council.name,
      timeZone: council.timeZone,
      createdAt: council.createdAt.toISOString(),
      status: council.suspendedAt ? 'suspended' : 'active',
      suspendedAt: council.suspendedAt?.toISOString() ?? null,
      suspendedReason: council.suspendedReason,
    };
  }
}
