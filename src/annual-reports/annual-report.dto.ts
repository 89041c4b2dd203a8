import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { REPORT_STATUSES } from './annual-report.rules.js';
import { PageQuery } from '../common/http/pagination.js';

export class RequestAnnualReportDto {
  @ApiProperty() @IsString() @Length(1, 36) committeeId: string;
  @ApiProperty({ example: '2016-17' }) @IsString() @Length(1, 20) municipalYear: string;
}

export class AnnualReportQuery extends PageQuery {
  @ApiProperty() @IsString() @Length(1, 36) committeeId: string;
  @ApiProperty({ example: '2016-17' }) @IsString() @Length(1, 20) municipalYear: string;
}

export class AnnualReportSettingsDto {
  @ApiPropertyOptional({ example: 'Dartford Borough Council', description: "Absent: the council's name" }) @IsOptional() @IsString() @Length(1, 200) councilName?: string;
  @ApiPropertyOptional({ example: 'Crime and Disorder (Overview & Scrutiny) Committee', description: "Absent: the committee's name" }) @IsOptional() @IsString() @Length(1, 300) committeeName?: string;
  @ApiPropertyOptional({ description: 'The introduction and legal basis, paragraphs separated by a blank line; absent: the default text' }) @IsOptional() @IsString() @Length(1, 20_000) introduction?: string;
  @ApiPropertyOptional({ description: 'The protocol and remit; absent: the default text' }) @IsOptional() @IsString() @Length(1, 20_000) protocol?: string;
  @ApiPropertyOptional({ description: "What the protocol asks of the work programme, opening that section (paragraphs separated by a blank line); absent: the statutory duties in the default words" })
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  workProgramme?: string;
  @ApiPropertyOptional({ example: '06-01', description: "MM-DD: each year's draft is also compiled on this day after the year ends (besides when its last minutes are approved)" })
  @IsOptional()
  @Matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'compileOnDay must be a day of the year as MM-DD, e.g. 06-01' })
  compileOnDay?: string;
}

export class AnnualReportView {
  @ApiProperty() id: string;
  @ApiProperty() committeeId: string;
  @ApiProperty({ example: '2016-17' }) municipalYear: string;
  @ApiProperty({ description: 'Compiling again makes the next version and keeps this one' }) version: number;
  @ApiProperty({ enum: REPORT_STATUSES }) status: string;
  @ApiProperty({ description: '0–100 while compiling' }) progress: number;
  @ApiPropertyOptional({ nullable: true, type: String }) error: string | null;
  @ApiProperty() title: string;
  @ApiProperty() automatic: boolean;
  @ApiProperty() requestedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) compiledAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) agreedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) submittedAt: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Once compiled: the draft in each format' }) downloads: string[];
}
