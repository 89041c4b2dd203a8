import { Type as NestType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ minimum: 0, maximum: 1_000_000_000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  offset = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export const pageOf = <T>(items: T[], total: number): Page<T> => ({ items, total });

/** An OpenAPI class for `{ items: View[], total }`. */
export function PageType<T>(view: NestType<T>): NestType<Page<T>> {
  class PageOfView {
    @ApiProperty({ type: [view] })
    items: T[];

    @ApiProperty({ example: 1 })
    total: number;
  }
  Object.defineProperty(PageOfView, 'name', { value: `${view.name}Page` });
  return PageOfView;
}
