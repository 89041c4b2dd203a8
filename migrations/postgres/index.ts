import type { MigrationInterface } from 'typeorm';
import { Init1796195953837 } from './1796195953837-Init.js';
import { ConversationWithAuthorities1796212294159 } from './1796212294159-ConversationWithAuthorities.js';
import { CoordinatorPages1796220583619 } from './1796220583619-CoordinatorPages.js';
import { MailWordings1796228446243 } from './1796228446243-MailWordings.js';
import { MinutesSearch1796233000000 } from './1796233000000-MinutesSearch.js';
import { NonKeyDecisions1796240861936 } from './1796240861936-NonKeyDecisions.js';
import { ImportReadings1796243000000 } from './1796243000000-ImportReadings.js';
import { SweepPagingIndex1796243130290 } from './1796243130290-SweepPagingIndex.js';
import { WorkPlanSeasonIndex1796244950322 } from './1796244950322-WorkPlanSeasonIndex.js';
import { CouncilDataRevision1796250000000 } from './1796250000000-CouncilDataRevision.js';
import { OperatorsAndSuspension1796261351428 } from './1796261351428-OperatorsAndSuspension.js';
import { SharedAuthorities1796263592725 } from './1796263592725-SharedAuthorities.js';
import { CouncilMailIdentity1796272020099 } from './1796272020099-CouncilMailIdentity.js';
import { OutsiderSessions1796280507033 } from './1796280507033-OutsiderSessions.js';
import { CouncilLogos1796281763192 } from './1796281763192-CouncilLogos.js';

/** Every postgres migration, oldest first. Written by `npm run migration:generate`. */
export const postgresMigrations: (new () => MigrationInterface)[] = [Init1796195953837, ConversationWithAuthorities1796212294159, CoordinatorPages1796220583619, MailWordings1796228446243, MinutesSearch1796233000000, NonKeyDecisions1796240861936, ImportReadings1796243000000, SweepPagingIndex1796243130290, WorkPlanSeasonIndex1796244950322, CouncilDataRevision1796250000000, OperatorsAndSuspension1796261351428, SharedAuthorities1796263592725, CouncilMailIdentity1796272020099, OutsiderSessions1796280507033, CouncilLogos1796281763192];
