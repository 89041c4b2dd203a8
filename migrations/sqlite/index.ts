import type { MigrationInterface } from 'typeorm';
import { Init1795459464499 } from './1795459464499-Init.js';
import { CouncilCalendarSettings1795462776476 } from './1795462776476-CouncilCalendarSettings.js';
import { Obligations1795463349046 } from './1795463349046-Obligations.js';
import { Reminders1795464035210 } from './1795464035210-Reminders.js';
import { ResponseLinks1795468415898 } from './1795468415898-ResponseLinks.js';
import { ContactFailing1795468792294 } from './1795468792294-ContactFailing.js';
import { CalendarFeeds1795469068274 } from './1795469068274-CalendarFeeds.js';
import { WeeklyDigests1795469237813 } from './1795469237813-WeeklyDigests.js';
import { CouncilBankHolidays1795469439220 } from './1795469439220-CouncilBankHolidays.js';
import { WorkPlan1795470475309 } from './1795470475309-WorkPlan.js';
import { WorkPlanVersions1795470803453 } from './1795470803453-WorkPlanVersions.js';
import { MeetingCancellation1795471002921 } from './1795471002921-MeetingCancellation.js';
import { ForwardPlan1795471826871 } from './1795471826871-ForwardPlan.js';
import { KeyDecisionReasons1795472129096 } from './1795472129096-KeyDecisionReasons.js';
import { SpecialUrgency1795472276013 } from './1795472276013-SpecialUrgency.js';
import { DecisionDateHistory1795472961766 } from './1795472961766-DecisionDateHistory.js';
import { DrawDowns1795473983293 } from './1795473983293-DrawDowns.js';
import { DrawDownReminders1795474150013 } from './1795474150013-DrawDownReminders.js';
import { CallForAction1795474327073 } from './1795474327073-CallForAction.js';
import { DrawDownChairConsultation1795477151553 } from './1795477151553-DrawDownChairConsultation.js';
import { Minutes1795479109234 } from './1795479109234-Minutes.js';
import { AnnualReports1795479698783 } from './1795479698783-AnnualReports.js';
import { AnnualReportCompileOnDay1795479948809 } from './1795479948809-AnnualReportCompileOnDay.js';
import { MailOutbox1795482138027 } from './1795482138027-MailOutbox.js';
import { RecipientOutcomes1796178101792 } from './1796178101792-RecipientOutcomes.js';

/** Every sqlite migration, oldest first. Written by `npm run migration:generate`. */
export const sqliteMigrations: (new () => MigrationInterface)[] = [Init1795459464499, CouncilCalendarSettings1795462776476, Obligations1795463349046, Reminders1795464035210, ResponseLinks1795468415898, ContactFailing1795468792294, CalendarFeeds1795469068274, WeeklyDigests1795469237813, CouncilBankHolidays1795469439220, WorkPlan1795470475309, WorkPlanVersions1795470803453, MeetingCancellation1795471002921, ForwardPlan1795471826871, KeyDecisionReasons1795472129096, SpecialUrgency1795472276013, DecisionDateHistory1795472961766, DrawDowns1795473983293, DrawDownReminders1795474150013, CallForAction1795474327073, DrawDownChairConsultation1795477151553, Minutes1795479109234, AnnualReports1795479698783, AnnualReportCompileOnDay1795479948809, MailOutbox1795482138027, RecipientOutcomes1796178101792];
