import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilsModule } from '../councils/councils.module.js';
import { Operator, OperatorToken } from './operator.entity.js';
import { OperatorAuditController, OperatorsController } from './operators.controller.js';
import { OperatorPagesController } from './operator-pages.controller.js';
import { OperatorsService } from './operators.service.js';

@Module({
  imports: [CouncilsModule, TypeOrmModule.forFeature([Operator, OperatorToken])],
  controllers: [OperatorsController, OperatorAuditController, OperatorPagesController],
  providers: [OperatorsService],
  exports: [OperatorsService],
})
export class OperatorsModule {}
