import type { MigrationInterface } from 'typeorm';
import { Init1796195953485 } from './1796195953485-Init.js';
import { ConversationWithAuthorities1796212293542 } from './1796212293542-ConversationWithAuthorities.js';
import { CoordinatorPages1796220583237 } from './1796220583237-CoordinatorPages.js';
import { MailWordings1796228445393 } from './1796228445393-MailWordings.js';
import { MinutesSearch1796233000000 } from './1796233000000-MinutesSearch.js';
import { NonKeyDecisions1796240861368 } from './1796240861368-NonKeyDecisions.js';
import { ImportReadings1796243000000 } from './1796243000000-ImportReadings.js';
import { SweepPagingIndex1796243125985 } from './1796243125985-SweepPagingIndex.js';
import { WorkPlanSeasonIndex1796244949717 } from './1796244949717-WorkPlanSeasonIndex.js';
import { CouncilDataRevision1796250000000 } from './1796250000000-CouncilDataRevision.js';
import { OperatorsAndSuspension1796261350046 } from './1796261350046-OperatorsAndSuspension.js';
import { SharedAuthorities1796263592284 } from './1796263592284-SharedAuthorities.js';
import { CouncilMailIdentity1796272019365 } from './1796272019365-CouncilMailIdentity.js';
import { OutsiderSessions1796280506654 } from './1796280506654-OutsiderSessions.js';
import { CouncilLogos1796281762728 } from './1796281762728-CouncilLogos.js';

/** Every sqlite migration, oldest first. Written by `npm run migration:generate`. */
export const sqliteMigrations: (new () => MigrationInterface)[] = [Init1796195953485, ConversationWithAuthorities1796212293542, CoordinatorPages1796220583237, MailWordings1796228445393, MinutesSearch1796233000000, NonKeyDecisions1796240861368, ImportReadings1796243000000, SweepPagingIndex1796243125985, WorkPlanSeasonIndex1796244949717, CouncilDataRevision1796250000000, OperatorsAndSuspension1796261350046, SharedAuthorities1796263592284, CouncilMailIdentity1796272019365, OutsiderSessions1796280506654, CouncilLogos1796281762728];
