import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { IsIsoDate } from '../common/http/validators.js';
import type { MunicipalYear } from './municipal-year.entity.js';

export class CreateMunicipalYearDto {
  @ApiProperty({ example: '2016-17' })
  @IsString()
  label: string;

  @ApiProperty({ example: '2016-05-18', description: 'Day of the annual council meeting that opens the year' })
  @IsIsoDate()
  startsOn: string;

  @ApiProperty({ example: '2017-05-16' })
  @IsIsoDate()
  endsOn: string;
}

export class MunicipalYearView {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2016-17' }) label: string;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;

  static from(year: MunicipalYear): MunicipalYearView {
    const { id, label, startsOn, endsOn } = year;
    return { id, label, startsOn, endsOn };
  }
}
