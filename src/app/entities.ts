import { AnnualReport, AnnualReportSettings } from '../annual-reports/annual-report.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { CouncilBankHoliday } from '../calendar/council-bank-holiday.entity.js';
import { CalendarFeed } from '../calendar-feeds/calendar-feed.entity.js';
import { DrawDownDecision, DrawDownRequest, DrawDownSettings } from '../draw-downs/draw-down.entity.js';
import { ApprovalLink } from '../draw-downs/approval-link.entity.js';
import { KeyDecision } from '../forward-plan/key-decision.entity.js';
import { ForwardPlanNotice } from '../forward-plan/notice.entity.js';
import { UrgencyRequest } from '../forward-plan/urgency-request.entity.js';
import { AuthorityContact } from '../authorities/authority-contact.entity.js';
import { Authority } from '../authorities/authority.entity.js';
import { ApiToken } from '../councils/api-token.entity.js';
import { CommitteeMember } from '../councils/committee-member.entity.js';
import { Committee } from '../councils/committee.entity.js';
import { Council } from '../councils/council.entity.js';
import { CouncilLogo } from '../councils/council-logo.entity.js';
import { Operator, OperatorToken } from '../operators/operator.entity.js';
import { SharedAuthority, SharedAuthorityContact } from '../shared-authorities/shared-authority.entity.js';
import { MunicipalYear } from '../councils/municipal-year.entity.js';
import { User } from '../councils/user.entity.js';
import { Session } from '../councils/session.entity.js';
import { SignInLink } from '../sign-in/sign-in-link.entity.js';
import { IdentityProvider } from '../sign-in/identity-provider.entity.js';
import { AgendaItem } from '../meetings/agenda-item.entity.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';
import { MailWording } from '../mail/mail-wording.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { MinuteItem, Minutes } from '../minutes/minutes.entity.js';
import { ObligationExtension } from '../obligations/obligation-extension.entity.js';
import { ObligationGroup } from '../obligations/obligation-group.entity.js';
import { ObligationResponse } from '../obligations/obligation-response.entity.js';
import { Obligation } from '../obligations/obligation.entity.js';
import { ReminderPolicy } from '../reminders/reminder-policy.entity.js';
import { WeeklyDigest } from '../reminders/digest.entity.js';
import { Reminder } from '../reminders/reminder.entity.js';
import { ResponseLink } from '../response-links/response-link.entity.js';
import { WorkPlanAmendment } from '../work-plan/work-plan-amendment.entity.js';
import { WorkPlanItem } from '../work-plan/work-plan-item.entity.js';
import { WorkPlanVersion } from '../work-plan/work-plan-version.entity.js';
import { AppSecret } from '../common/secrets/app-secret.entity.js';

/** Every entity, listed explicitly (no globs: the app is an ES module and runs from dist/ or from ts-jest). */
export const ENTITIES = [
  Council,
  CouncilLogo,
  Operator,
  OperatorToken,
  SharedAuthority,
  SharedAuthorityContact,
  User,
  ApiToken,
  Session,
  SignInLink,
  IdentityProvider,
  Committee,
  MunicipalYear,
  CommitteeMember,
  Authority,
  AuthorityContact,
  Meeting,
  AgendaItem,
  Minutes,
  MinuteItem,
  AnnualReport,
  AnnualReportSettings,
  OutboxMail,
  MailWording,
  AuditEntry,
  ObligationGroup,
  Obligation,
  ObligationResponse,
  ObligationExtension,
  ReminderPolicy,
  Reminder,
  ResponseLink,
  AppSecret,
  CalendarFeed,
  WeeklyDigest,
  CouncilBankHoliday,
  WorkPlanItem,
  WorkPlanAmendment,
  WorkPlanVersion,
  ForwardPlanNotice,
  KeyDecision,
  UrgencyRequest,
  DrawDownSettings,
  DrawDownRequest,
  DrawDownDecision,
  ApprovalLink,
];
