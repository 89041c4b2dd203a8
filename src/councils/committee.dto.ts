import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { Committee } from './committee.entity.js';

export class CreateCommitteeDto {
  @ApiProperty({ example: 'Crime and Disorder (Overview and Scrutiny) Committee' })
  @IsString()
  @Length(1, 200)
  name: string;
}

export class CommitteeView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;

  static from(committee: Committee): CommitteeView {
    return { id: committee.id, name: committee.name };
  }
}
