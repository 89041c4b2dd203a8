import type { MigrationInterface } from 'typeorm';
import { Init1795459464701 } from './1795459464701-Init.js';
import { CouncilCalendarSettings1795462776816 } from './1795462776816-CouncilCalendarSettings.js';
import { Obligations1795463349355 } from './1795463349355-Obligations.js';
import { Reminders1795464035574 } from './1795464035574-Reminders.js';
import { ResponseLinks1795468416258 } from './1795468416258-ResponseLinks.js';
import { ContactFailing1795468792817 } from './1795468792817-ContactFailing.js';
import { CalendarFeeds1795469068672 } from './1795469068672-CalendarFeeds.js';
import { WeeklyDigests1795469238385 } from './1795469238385-WeeklyDigests.js';
import { CouncilBankHolidays1795469439646 } from './1795469439646-CouncilBankHolidays.js';
import { WorkPlan1795470475862 } from './1795470475862-WorkPlan.js';
import { WorkPlanVersions1795470803878 } from './1795470803878-WorkPlanVersions.js';
import { MeetingCancellation1795471003698 } from './1795471003698-MeetingCancellation.js';
import { ForwardPlan1795471827579 } from './1795471827579-ForwardPlan.js';
import { KeyDecisionReasons1795472129721 } from './1795472129721-KeyDecisionReasons.js';
import { SpecialUrgency1795472276720 } from './1795472276720-SpecialUrgency.js';
import { DecisionDateHistory1795472962340 } from './1795472962340-DecisionDateHistory.js';
import { DrawDowns1795473983714 } from './1795473983714-DrawDowns.js';
import { DrawDownReminders1795474150660 } from './1795474150660-DrawDownReminders.js';
import { CallForAction1795474328235 } from './1795474328235-CallForAction.js';
import { DrawDownChairConsultation1795477152296 } from './1795477152296-DrawDownChairConsultation.js';
import { Minutes1795479109750 } from './1795479109750-Minutes.js';
import { AnnualReports1795479699523 } from './1795479699523-AnnualReports.js';
import { AnnualReportCompileOnDay1795479949481 } from './1795479949481-AnnualReportCompileOnDay.js';
import { MailOutbox1795482138513 } from './1795482138513-MailOutbox.js';
import { RecipientOutcomes1796178102376 } from './1796178102376-RecipientOutcomes.js';

/** Every postgres migration, oldest first. Written by `npm run migration:generate`. */
export const postgresMigrations: (new () => MigrationInterface)[] = [Init1795459464701, CouncilCalendarSettings1795462776816, Obligations1795463349355, Reminders1795464035574, ResponseLinks1795468416258, ContactFailing1795468792817, CalendarFeeds1795469068672, WeeklyDigests1795469238385, CouncilBankHolidays1795469439646, WorkPlan1795470475862, WorkPlanVersions1795470803878, MeetingCancellation1795471003698, ForwardPlan1795471827579, KeyDecisionReasons1795472129721, SpecialUrgency1795472276720, DecisionDateHistory1795472962340, DrawDowns1795473983714, DrawDownReminders1795474150660, CallForAction1795474328235, DrawDownChairConsultation1795477152296, Minutes1795479109750, AnnualReports1795479699523, AnnualReportCompileOnDay1795479949481, MailOutbox1795482138513, RecipientOutcomes1796178102376];
