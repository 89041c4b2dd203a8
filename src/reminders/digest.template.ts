import { formatDate } from '../calendar/calendar.rules.js';
import { escapeHtml as e } from '../common/http/html.js';
import type { IsoDate } from '../common/time/dates.js';
import { KIND_LABELS, type ObligationKind } from '../obligations/obligation.rules.js';
import { stageLabel } from './reminder.template.js';

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
  failedDeliveries: { authority: string; subject: string; stage: string; error: string }[];
  failingContacts: { authority: string; name: string; email: string; reason: string; since: IsoDate }[];
  extensionRequests: { authority: string; subject: string; newDueOn: IsoDate | null; reason: string }[];
}

const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The weekly e-mail to the co-ordinators: what is overdue, what falls due this week, and what could not be delivered. */
export function composeDigest(d: DigestContent): { subject: string; text: string; html: string } {
  const line = (o: DigestObligation) =>
    `${o.authority}: ${KIND_LABELS[o.kind]} – ${o.subject}, due ${formatDate(o.dueOn)}` +
    (o.dueOn < d.today ? ` (${daysBetween(o.dueOn, d.today)} days overdue)` : '') +
    (o.acknowledged ? ', receipt acknowledged' : '');
  const sections: [string, string[]][] = [
    ['Overdue', d.overdue.map(line)],
    ['Due this week', d.dueThisWeek.map(line)],
    ['Extension requests awaiting your decision', d.extensionRequests.map((x) => `${x.authority}: ${x.subject} – asks for ${x.newDueOn ? formatDate(x.newDueOn) : 'as soon as reasonably possible'}: ${x.reason}`)],
    ['Reminders that could not be delivered', d.failedDeliveries.map((f) => `${f.authority}: ${f.subject} (${stageLabel(f.stage)}) – ${f.error}`)],
    ['Addresses refused by the mail server', d.failingContacts.map((c) => `${c.authority}: ${c.name} <${c.email}> since ${formatDate(c.since)} – ${c.reason}`)],
  ];
  const counts = `${d.overdue.length} overdue, ${d.dueThisWeek.length} due this week` + (d.failedDeliveries.length + d.failingContacts.length ? `, ${d.failedDeliveries.length + d.failingContacts.length} delivery problem(s)` : '');
  const subject = `${d.committee}: week of ${formatDate(d.weekOf)} – ${counts}`;
  const text = [
    `${d.council} – ${d.committee}`,
    `Obligations of the responsible authorities, week of ${formatDate(d.weekOf)}.`,
    '',
    ...sections.flatMap(([title, items]) => [`${title} (${items.length}):`, ...(items.length ? items.map((i) => `- ${i}`) : ['- none']), '']),
  ].join('\n');
  const html = `<!doctype html><html lang="en-GB"><body>
<p>${e(d.council)} – ${e(d.committee)}</p>
<h1>Obligations of the responsible authorities, week of ${e(formatDate(d.weekOf))}</h1>
${sections.map(([title, items]) => `<h2>${e(title)} (${items.length})</h2><ul>${items.length ? items.map((i) => `<li>${e(i)}</li>`).join('') : '<li>none</li>'}</ul>`).join('\n')}
</body></html>`;
  return { subject, text, html };
}
