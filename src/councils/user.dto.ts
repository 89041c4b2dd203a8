import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ROLES, type Role } from '../common/auth/principal.js';
import type { User } from './user.entity.js';

export class CreateUserDto {
  @ApiProperty({ example: 'sheri.green@dartford.gov.uk' })
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'Sheri Green' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'Required for the authority role: the body the contact answers for' })
  @IsOptional()
  @IsString()
  @Length(1, 36)
  authorityId?: string;
}

export class CreatedUserView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'The bearer token, shown only this once' }) token: string;
}

export class TokenView {
  @ApiProperty({ description: 'The bearer token, shown only this once' }) token: string;
}

export class RevokedView {
  @ApiProperty({ description: 'How many tokens were revoked' }) revoked: number;
}

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ nullable: true, type: String }) authorityId: string | null;

  static from(user: User): UserView {
    const { id, email, name, role, authorityId } = user;
    return { id, email, name, role, authorityId };
  }
}

export class MeView extends UserView {
  @ApiProperty() councilId: string;
  @ApiProperty({ example: 'dartford' }) councilSlug: string;
  @ApiProperty() councilName: string;
}
