/**
 * A forward plan (a Regulation 9 notice of key decisions) as councils publish it — text, the PDF, a
 * ModernGov plan page — into the decisions of a draft notice for the co-ordinator to check. Pure.
 *
 * Plans give each decision as a title followed by labelled fields ("Decision maker:", "Decision
 * due:", "Wards affected:", "Lead officer:", "Key decision: No" …). A plan lists decisions that are
 * not key too, under a heading ("Non-key decisions") or by a field: those are marked, and never
 * judged against the 28 clear days.
 */
import type { IsoDate } from '../common/time/dates.js';
import { MONTH_NAME, writtenDate } from '../common/time/written-dates.js';
import type { DecisionMaker } from './key-decision.entity.js';

export interface ImportedDecision {
  title: string;
  key: boolean;
  decisionMaker: DecisionMaker | null;
  /** The date, or the first day of the period given ("February 2023", "Before 30 April 2004"). */
  decisionDueOn: IsoDate | null;
  /** The date as the plan gives it. */
  dueAsWritten: string | null;
  wardsAffected: string[];
  contactOfficer: string | null;
  exemptParagraph: number | null;
  documents: string[];
  /** 1-based lines of the source it was read from. */
  lines: number[];
}

export interface ImportedForwardPlan {
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  decisions: ImportedDecision[];
  warnings: string[];
}

type Field = 'maker' | 'due' | 'wards' | 'contact' | 'key' | 'restriction' | 'restrictionWhy' | 'documents' | 'other';

/** Field labels, tried against the start of a line. */
const FIELDS: [RegExp, Field][] = [
  [/^(?:Decision[- ]?maker|Decision[- ]?taker|Decision making (?:individual|body)|Who will decide|Taken by)\s*:\s*/i, 'maker'],
  [/^(?:Decision due(?: date)?|Date of decision|Decision date|Date (?:of|for) decision|Expected date of decision|Date decision (?:is )?to be (?:taken|made)|When will the decision be made|Decision)\s*:\s*/i, 'due'],
  [/^(?:Wards?(?: \(s\)|\(s\))? affected|Ward\(s\)|Wards|Divisions? affected)\s*:\s*/i, 'wards'],
  [/^(?:Lead officer|Contact officer|Contact(?: details)?|Report author|Officer contact|Responsible officer)\s*:\s*/i, 'contact'],
  [/^(?:(?:Is (?:this a |it a )?)?key decision\??|Decision type|Type of decision)\s*(?::|(?<=\?))\s*/i, 'key'],
  [/^(?:Anticipated restriction|Exempt information|Private or public|Confidential(?: or exempt)?|Open or exempt)\s*:\s*/i, 'restriction'],
  [/^(?:Explanation of anticipated restriction|Reason for (?:exemption|private)|Reasons? for (?:taking|considering) (?:it|the item) in private)\s*:\s*/i, 'restrictionWhy'],
  [/^(?:Documents?(?: to be)?(?: submitted| considered)?(?: for consideration)?|Background papers|Reports?)\s*:\s*/i, 'documents'],
  [/^(?:Decision status|Notice of proposed decision first published|Originally due|Reason for urgency|Lead member|Portfolio holder|Cabinet member|Purpose|Consultation|Agenda item|Representations)\s*:\s*/i, 'other'],
];

const MONTH = MONTH_NAME;
const RESIDUE = /(?:pdf icon\s+)?PDF \d+(?:\.\d+)? ?[KM]B\b|\s+New!$/gi;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The date a plan gives a decision (see writtenDate). */
export const dueDateIn = writtenDate;

/** Who decides: a body ("Cabinet", "Executive") or a person with a title ("Cabinet Member for Housing", "Councillor A Smith, Leader"). */
function makerOf(text: string): DecisionMaker | null {
  const t = squash(text).replace(/[.;]$/, '');
  if (!t) return null;
  const person = /\b(member for|leader|mayor|director|chief executive|head of|portfolio holder|officer|manager|councillor|cllr)\b/i.test(t) && !/\b(committee|cabinet|executive|council|board|panel)$/i.test(t);
  if (!person) return { kind: 'body', name: t };
  const comma = t.indexOf(', ');
  return comma > 0 ? { kind: 'person', name: t.slice(0, comma), title: t.slice(comma + 2) } : { kind: 'person', name: t };
}

function fieldOf(line: string): { field: Field; value: string } | null {
  if (line.length > 400) return null;
  for (const [re, field] of FIELDS) {
    const m = re.exec(line);
    if (m) return { field, value: line.slice(m[0].length).trim() };
  }
  return null;
}

/** "Key decision: No", "Is Key decision?: Yes", "Decision type: Non-key". */
function keyFrom(value: string): boolean | null {
  const v = value.toLowerCase();
  if (/\bnon[- ]?key\b|^no\b|\bnot (?:a )?key\b/.test(v)) return false;
  if (/^yes\b|\bkey\b/.test(v)) return true;
  return null;
}

/** A heading that says which decisions follow: key ones, or the others. */
function sectionKey(line: string): boolean | null {
  if (line.length > 120 || fieldOf(line)) return null;
  if (/\b(non[- ]?key|other) (executive )?decisions\b|\bdecisions (which|that) are not key\b/i.test(line)) return false;
  if (/^(notice of )?key (executive )?decisions\b/i.test(line.trim())) return true;
  return null;
}

/** The notice's period: "(01/01/2023 to 30/04/2023, Executive)", "for the period 1 March to 30 June 2023". */
function periodIn(lines: string[]): { start: IsoDate | null; end: IsoDate | null } {
  for (const line of lines.slice(0, 60)) {
    const t = line.slice(0, 400);
    const numeric = /(\d{1,2}\/\d{1,2}\/\d{4})\s*(?:to|-|–|until)\s*(\d{1,2}\/\d{1,2}\/\d{4})/.exec(t);
    if (numeric) return { start: dueDateIn(numeric[1]).date, end: dueDateIn(numeric[2]).date };
    const words = new RegExp(`(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\w*(?:\\s+\\d{4})?)\\s*(?:to|-|–|until)\\s*(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\w*\\s+(\\d{4}))`, 'i').exec(t);
    if (words) {
      const end = dueDateIn(words[3]).date;
      const start = dueDateIn(/\d{4}/.test(words[1]) ? words[1] : `${words[1]} ${words[5]}`).date;
      if (start && end) return { start, end };
    }
  }
  return { start: null, end: null };
}

/** Plans are read by their labelled fields, not their layout: the readers' hints are not needed. */
export function importForwardPlan(text: string): ImportedForwardPlan {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\f\v\u00a0\u200b\ufeff]/g, ' ').replace(RESIDUE, '').trim());
  const warnings: string[] = [];
  const decisions: ImportedDecision[] = [];
  let current: (ImportedDecision & { fields: Set<Field>; restriction: string; restrictionWhy: string }) | null = null;
  let candidate: { text: string; no: number } | null = null;
  let sectionIsKey: boolean | null = null;
  let lastField: Field | null = null;

  const finish = () => {
    if (!current) return;
    const { fields: _f, restriction, restrictionWhy, ...decision } = current;
    const exempt = /exempt|private|confidential/i.test(restriction) && !/^open\b/i.test(restriction.trim());
    const paragraph = /paragraphs?\s*(\d)/i.exec(`${restrictionWhy} ${restriction}`);
    decisions.push({ ...decision, exemptParagraph: exempt && paragraph ? Number(paragraph[1]) : null });
    current = null;
  };

  lines.forEach((line, i) => {
    const no = i + 1;
    if (!line) return;
    const section = sectionKey(line);
    if (section !== null) {
      finish();
      sectionIsKey = section;
      candidate = null;
      return;
    }
    const found = fieldOf(line);
    if (!found) {
      // A field's value wrapped onto the next line, or the title of the next decision.
      if (current && lastField && lastField !== 'other' && !candidate && /^[a-z(,;&]/.test(line)) {
        append(current, lastField, line);
        current.lines.push(no);
        return;
      }
      if (/^\d{1,3}\.?$/.test(line) || /^(plan items|no\.? item|forward plan)$/i.test(line)) return;
      // A title wrapped onto the next line goes on it.
      candidate = { text: candidate && lastField === null && no - candidate.no === 1 ? `${candidate.text} ${line}` : line, no };
      lastField = null;
      return;
    }
    // A decision starts at its first field after a title (or at a field it already has).
    if (!current || (candidate && found.field !== 'other') || current.fields.has(found.field) && found.field !== 'other' && found.field !== 'documents') {
      finish();
      const title = candidate ? squash(candidate.text).replace(/^\d{1,3}\.\s*/, '') : '';
      current = { title, key: sectionIsKey ?? true, decisionMaker: null, decisionDueOn: null, dueAsWritten: null, wardsAffected: [], contactOfficer: null, exemptParagraph: null, documents: [], lines: candidate ? [candidate.no] : [], fields: new Set(), restriction: '', restrictionWhy: '' };
      candidate = null;
    }
    current.fields.add(found.field);
    current.lines.push(no);
    lastField = found.field;
    if (found.value) append(current, found.field, found.value);
  });
  finish();

  const named = decisions.filter((d) => d.title);
  for (const d of decisions) if (!d.title) warnings.push(`A decision without a title (lines ${d.lines.join(', ')}) was left out`);
  // A decision without a date or a maker comes back without them: what to do about it is the caller's.
  for (const d of named) {
    if (d.decisionDueOn && d.dueAsWritten && !dueDateIn(d.dueAsWritten).exact) warnings.push(`"${d.title}": due "${d.dueAsWritten}"; dated ${d.decisionDueOn}, the first day it may be taken, which reg 9 counts from: change it if the day is known`);
  }
  let { start, end } = periodIn(lines);
  const dated = named.map((d) => d.decisionDueOn).filter((d): d is IsoDate => d !== null).sort();
  if ((!start || !end) && dated.length) {
    start = start ?? dated[0];
    end = end ?? dated[dated.length - 1];
    warnings.push(`The plan's period was not found: ${start} to ${end}, from its decisions' dates`);
  }
  return { periodStart: start, periodEnd: end, decisions: named, warnings };
}

function append(d: ImportedDecision & { restriction: string; restrictionWhy: string }, field: Field, value: string): void {
  const v = squash(value);
  switch (field) {
    case 'maker':
      d.decisionMaker = makerOf(d.decisionMaker ? `${d.decisionMaker.name}${d.decisionMaker.title ? `, ${d.decisionMaker.title}` : ''} ${v}` : v);
      break;
    case 'due': {
      d.dueAsWritten = d.dueAsWritten ? `${d.dueAsWritten} ${v}` : v;
      d.decisionDueOn = dueDateIn(d.dueAsWritten).date;
      break;
    }
    case 'wards':
      d.wardsAffected.push(...v.split(/\s*[;,]\s*/).map((w) => w.replace(/^\((.*)\)$/, '$1').trim()).filter(Boolean));
      break;
    case 'contact':
      d.contactOfficer = (d.contactOfficer ? `${d.contactOfficer} ${v}` : v).slice(0, 300);
      break;
    case 'key': {
      const key = keyFrom(v);
      if (key !== null) d.key = key;
      break;
    }
    case 'restriction':
      d.restriction = `${d.restriction} ${v}`;
      break;
    case 'restrictionWhy':
      d.restrictionWhy = `${d.restrictionWhy} ${v}`;
      break;
    case 'documents':
      d.documents.push(...v.split(/\s*;\s*/).filter(Boolean).map((x) => x.slice(0, 500)));
      break;
    default:
      break;
  }
}
