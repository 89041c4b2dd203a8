import type { IsoDate } from '../common/time/dates.js';
import { KIND_LABELS, type ObligationKind } from '../obligations/obligation.rules.js';
import { stageLabel } from './reminder-mail.rules.js';

export interface DigestObligation {
  id: string;
  authority: string;
  kind: ObligationKind;
  subject: string;
  dueOn: IsoDate;
  acknowledged: boolean;
}

export interface DigestContent {
  council: string;
  committee: string;
  weekOf: IsoDate;
  today: IsoDate;
  overdue: DigestObligation[];
  dueThisWeek: DigestObligation[];
  /** Reminders that could not be delivered to anyone, and addresses refused for good. */
  failedDeliveries: { obligationId: string; authority: string; subject: string; stage: string; error: string }[];
  failingContacts: { authorityId: string; authority: string; name: string; email: string; reason: string; since: IsoDate }[];
  extensionRequests: { obligationId: string; authority: string; subject: string; newDueOn: IsoDate | null; reason: string }[];
}

const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** What digest.mail.njk is given: the digest's content with each obligation's kind in words and days overdue, each stage in words. */
export function digestMailValues(d: DigestContent) {
  const obligation = (o: DigestObligation) => ({ ...o, kindLabel: KIND_LABELS[o.kind] ?? o.kind, daysOverdue: o.dueOn < d.today ? daysBetween(o.dueOn, d.today) : 0 });
  return {
    ...d,
    overdue: d.overdue.map(obligation),
    dueThisWeek: d.dueThisWeek.map(obligation),
    failedDeliveries: d.failedDeliveries.map((f) => ({ ...f, stage: stageLabel(f.stage) })),
    problems: d.failedDeliveries.length + d.failingContacts.length,
  };
}
