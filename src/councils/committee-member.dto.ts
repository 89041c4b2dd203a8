import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
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

  @ApiPropertyOptional({ example: '2018-05-16', description: 'Last day in the role; absent while it lasts' })
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

  static from(member: CommitteeMember): CommitteeMemberView {
    const { id, committeeId, name, email, role, from, to } = member;
    return { id, committeeId, name, email, role, from, to };
  }
}

export class MembersQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2017-07-26', description: 'Only those holding their role on this date' })
  @IsOptional()
  @IsIsoDate()
  on?: string;
}
