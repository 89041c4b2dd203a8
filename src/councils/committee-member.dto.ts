import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '../common/http/pagination.js';
import { IsIsoDate } from '../common/http/validators.js';
import { COMMITTEE_ROLES, type CommitteeMember, type CommitteeRole } from './committee-member.entity.js';

export class AddCommitteeMemberDto {
  @ApiProperty({ example: 'Councillor R J Wells' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'cllr.wells@dartford.gov.uk' })
  @IsEmail()
  email: string;

  @ApiProperty({ enum: COMMITTEE_ROLES })
  @IsIn(COMMITTEE_ROLES)
  role: CommitteeRole;

  @ApiProperty({ example: '2017-05-17', description: 'First day in the role' })
  @IsIsoDate()
  from: string;

  @ApiPropertyOptional({ example: 'Cabinet Portfolio Holder for Community Development', description: 'What they serve or are invited as, as the papers name them' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  description?: string;

  @ApiPropertyOptional({ example: '2018-05-16', description: 'Last day in the role; absent while it lasts' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

/** A correction of a membership, or its end (`to`): only what is given changes. */
export class UpdateCommitteeMemberDto {
  @ApiPropertyOptional({ example: 'Councillor R J Wells' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'cllr.wells@dartford.gov.uk' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ enum: COMMITTEE_ROLES })
  @IsOptional()
  @IsIn(COMMITTEE_ROLES)
  role?: CommitteeRole;

  @ApiPropertyOptional({ example: '2017-05-17', description: 'First day in the role' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ example: 'Cabinet Portfolio Holder for Community Development' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  description?: string;

  @ApiPropertyOptional({ example: '2018-05-15', description: 'Last day in the role (ends the membership)' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class CommitteeMemberView {
  @ApiProperty() id: string;
  @ApiProperty() committeeId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: COMMITTEE_ROLES }) role: CommitteeRole;
  @ApiProperty() from: string;
  @ApiPropertyOptional({ nullable: true, type: String }) to: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'What they serve or are invited as' }) description: string | null;

  static from(member: CommitteeMember): CommitteeMemberView {
    const { id, committeeId, name, email, role, from, to, description } = member;
    return { id, committeeId, name, email, role, from, to, description: description ?? null };
  }
}

export class MembersQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2017-07-26', description: 'Only those holding their role on this date' })
  @IsOptional()
  @IsIsoDate()
  on?: string;

  @ApiPropertyOptional({ example: '2016-17', description: 'Only those holding their role on some day of this municipal year' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}$/, { message: 'municipalYear must be a label such as 2016-17' })
  municipalYear?: string;
}
