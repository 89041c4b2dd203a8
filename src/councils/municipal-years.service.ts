import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CouncilContext } from '../common/auth/council-context.js';
import { newId } from '../common/database/columns.js';
import { ConflictError, InvalidInputError } from '../common/errors/domain-errors.js';
import { Page, pageOf } from '../common/http/pagination.js';
import type { CreateMunicipalYearDto } from './municipal-year.dto.js';
import { MunicipalYear } from './municipal-year.entity.js';
import { municipalYearProblems, overlaps } from './municipal-year.rules.js';
import { Transactions } from '../common/database/transactions.js';

/** A municipal year, for callers of this module. */
export type { MunicipalYear } from './municipal-year.entity.js';

@Injectable()
export class MunicipalYearsService {
  constructor(
    private readonly audit: AuditService,
    private readonly db: Transactions,
    @InjectRepository(MunicipalYear) private readonly years: Repository<MunicipalYear>,
  ) {}

  async list(councilId: string, limit: number, offset: number): Promise<Page<MunicipalYear>> {
    const [items, total] = await this.years.findAndCount({ where: { councilId }, order: { startsOn: 'ASC' }, take: limit, skip: offset });
    return pageOf(items, total);
  }

  /** Every municipal year of the council, in order (a handful: one a year). */
  async ofCouncil(councilId: string): Promise<MunicipalYear[]> {
    return this.years.find({ where: { councilId }, order: { startsOn: 'ASC' } });
  }

  /** The council's municipal year of this label ("2016-17"), or null. */
  async byLabel(councilId: string, label: string): Promise<MunicipalYear | null> {
    return this.years.findOneBy({ councilId, label });
  }

  /** The council's municipal years begun by the day (those the annual report sweep looks at). */
  async begunBy(councilId: string, day: string): Promise<MunicipalYear[]> {
    return this.years.find({ where: { councilId, startsOn: LessThanOrEqual(day) }, order: { startsOn: 'ASC' } });
  }

  async create(context: CouncilContext, input: CreateMunicipalYearDto): Promise<MunicipalYear> {
    const { actor } = context;
    const problems = municipalYearProblems(input);
    if (problems.length > 0) throw new InvalidInputError(problems);
    return this.db.run(async (manager) => {
      const existing = await manager.findBy(MunicipalYear, { councilId: actor.councilId });
      const clash = existing.find((year) => year.label === input.label || overlaps(year, input));
      if (clash) throw new ConflictError(`Municipal year ${input.label} overlaps ${clash.label} (${clash.startsOn} to ${clash.endsOn})`);
      const year = manager.create(MunicipalYear, { id: newId(), councilId: actor.councilId, ...input });
      await manager.insert(MunicipalYear, year);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'municipal_year', entityId: year.id, after: year });
      return year;
    });
  }
}
