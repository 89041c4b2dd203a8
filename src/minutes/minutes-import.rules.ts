/**
 * Minutes as councils publish them (text taken from a PDF, seed 003) into structured minutes for the
 * co-ordinator to review. Pure: no I/O, no clock. It never loses text: every non-blank input line is
 * accounted for in an item, the attendance or the warnings (by its line number), which the tests check.
 */
import type { IsoDate } from '../common/time/dates.js';

export type WarningKind = 'heading' | 'furniture' | 'closing' | 'check';

export interface ImportWarning {
  kind: WarningKind;
  message: string;
  /** 1-based input lines the warning accounts for (none for a 'check'). */
  lines: number[];
}

export type PresentRole = 'chair' | 'vice_chair' | 'member';

export interface ImportedAttendance {
  present: { name: string; role: PresentRole }[];
  absent: string[];
  apologies: string[];
  officers: { name: string; capacity: string | null }[];
  inAttendance: { name: string; capacity: string | null; kind: 'cabinet_member' | 'guest' }[];
  lines: number[];
}

export type WorkPlanChangeKind = 'add' | 'defer' | 'withdraw';

export interface ProposedWorkPlanChange {
  kind: WorkPlanChangeKind;
  text: string;
  /** When the change puts it, as written ("February 2018"), if it says. */
  when: string | null;
}

export interface ImportedItem {
  number: string;
  title: string;
  summary: string;
  resolutions: string[];
  undertakings: string[];
  workPlanChanges: ProposedWorkPlanChange[];
  /** Taken after the exclusion of the press and public. */
  exempt: boolean;
  /** The item that excluded the press and public (LGA 1972 s100A(4)). */
  excludesPublic: boolean;
  /** Brought through the committee's draw-down process. */
  drawDown: boolean;
  /** For "confirmation of the minutes" items: the date of the meeting whose minutes were confirmed. */
  confirmsMinutesOf: IsoDate | null;
  lines: number[];
}

export interface ImportedMinutes {
  committee: string | null;
  meetingDate: IsoDate | null;
  attendance: ImportedAttendance;
  items: ImportedItem[];
  closedAt: string | null;
  warnings: ImportWarning[];
}

interface Line {
  no: number;
  text: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const BULLET = /^\s*[•●▪■◦‣∙·\uF0A7\uF0B7\uF076\uF0D8\u25AA\u25CF\u2022*]\s*/;
const FURNITURE = [/^CHAIRMAN['’]?S?\s+INITIALS$/i, /^CHAIR(MAN)?['’]S$/i, /^INITIALS$/i, /^page\s+\d+(\s+of\s+\d+)?$/i, /^[-–]?\s*\d{1,4}\s*[-–]?$/];
const RESOLVED = /^\s*RESOLVED\b\s*[:–-]?\s*(.*)$/;
const NUMBERED = /^\s*\(?(\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+(\S.*)$/;
const UNFINISHED = /(\b(a|an|the|to|of|and|or|in|on|at|for|by|with|from|as|that|which|who|where|whose|nearby|near|into|than)|[,–—-])\s*$/i;
const CLOSING = /^\s*the meeting (closed|ended|concluded|terminated|finished) at\s+(.+?)\.?\s*$/i;
const LABELS: [RegExp, Section][] = [
  [/^PRESENT\b\s*:?-?\s*(.*)$/i, 'present'],
  [/^ABSENT\b\s*:?-?\s*(.*)$/i, 'absent'],
  [/^APOLOGIES(?:\s+FOR\s+ABSENCE)?\b\s*:?-?\s*(.*)$/i, 'apologies'],
  [/^CABINET\s+MEMBERS?\b\s*:?-?\s*(.*)$/i, 'cabinet'],
  [/^(?:ALSO\s+PRESENT|IN\s+ATTENDANCE)\b(.*)$/i, 'guests'],
  [/^(?:.*\bOFFICERS?)\s*:-?\s*(.*)$/i, 'officers'],
];
type Section = 'present' | 'absent' | 'apologies' | 'cabinet' | 'guests' | 'officers';

const hasLower = (s: string) => /[a-z]/.test(s);
const isUpperHeading = (s: string) => !hasLower(s) && /[A-Z]{2}/.test(s);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/**
 * The end of a line, for the rules that look at how a line ends. A regular expression anchored at
 * the end is tried from every position of the line, which takes time growing with the square of its
 * length: text pasted from a PDF without line breaks is one line of a megabyte.
 */
const ending = (s: string) => (s.length > 80 ? s.slice(-80) : s);
/** A closing line ("The meeting closed at 9.25 pm") is short; a long line is never one. */
const isClosing = (s: string) => s.length <= 200 && CLOSING.test(s);

export function importMinutes(text: string): ImportedMinutes {
  const all: Line[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => ({ no: i + 1, text: raw.replace(/[\f\v\u00a0\u200b\ufeff]/g, ' ').replace(/[\u0000-\u0008\u000e-\u001f]/g, '').trimEnd() }));
  const warnings: ImportWarning[] = [];
  const furniture = furnitureLines(all);
  if (furniture.size) {
    warnings.push({ kind: 'furniture', message: `Page furniture left out (${[...new Set([...furniture].map((no) => squash(all[no - 1].text)))].slice(0, 5).map((t) => `"${t}"`).join(', ')})`, lines: [...furniture].sort((a, b) => a - b) });
  }
  const lines = all.filter((l) => l.text.trim() !== '' && !furniture.has(l.no));
  const words = wordsOf(lines);

  // Split into the front matter, the items (at their headings) and the closing.
  const front: Line[] = [];
  const chunks: { number: string; title: Line[]; body: Line[] }[] = [];
  const closing: Line[] = [];
  let last = -1;
  let closed = false;
  for (let i = 0; i < lines.length; i++) {
    const heading = headingAt(lines, i, last);
    if (heading) {
      chunks.push({ number: String(heading.number), title: lines.slice(i, i + heading.take), body: [] });
      last = heading.number;
      closed = false;
      i += heading.take - 1;
      continue;
    }
    if (isClosing(lines[i].text) && chunks.length) closed = true;
    if (closed) closing.push(lines[i]);
    else if (chunks.length) chunks[chunks.length - 1].body.push(lines[i]);
    else front.push(lines[i]);
  }

  const { attendance, heading, committee, meetingDate } = frontMatter(front, words);
  if (heading.length) warnings.unshift({ kind: 'heading', message: 'The heading of the minutes (committee and date), not part of an item', lines: heading.map((l) => l.no) });

  const items = chunks.map((chunk) => item(chunk.number, chunk.title, chunk.body, words));
  markExempt(items, warnings);
  for (let i = 1; i < items.length; i++) {
    if (Number(items[i].number) !== Number(items[i - 1].number) + 1) {
      warnings.push({ kind: 'check', message: `Item ${items[i].number} follows item ${items[i - 1].number}: is an item missing?`, lines: [] });
    }
  }
  const apologies = items.find((i) => /apolog/i.test(i.title));
  if (apologies) attendance.apologies = apologiesIn(apologies.summary);

  let closedAt: string | null = null;
  if (closing.length) {
    closedAt = CLOSING.exec(closing[0].text)![2].trim();
    warnings.push({ kind: 'closing', message: `The meeting closed at ${closedAt}; signed: ${squash(closing.slice(1).map((l) => l.text).join(', ')) || 'unsigned'}`, lines: closing.map((l) => l.no) });
  }
  if (!items.length) warnings.push({ kind: 'check', message: 'No numbered item headings (e.g. "1. APOLOGIES FOR ABSENCE") were found', lines: [] });
  return { committee, meetingDate, attendance, items, closedAt, warnings };
}

/** Lines repeated on every page: known furniture, or short lines that recur three times or more. */
function furnitureLines(lines: Line[]): Set<number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = squash(l.text);
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const result = new Set<number>();
  for (const l of lines) {
    const t = squash(l.text);
    if (!t) continue;
    const known = FURNITURE.some((re) => re.test(t));
    const repeated =
      (counts.get(t) ?? 0) >= 3 &&
      t.length <= 80 &&
      !RESOLVED.test(t) &&
      !NUMBERED.test(t) &&
      !BULLET.test(l.text) &&
      !/^\d+\.?\s/.test(t) &&
      (!hasLower(t) || !/[.;:,]$/.test(t)) &&
      !/^[a-z]/.test(t);
    if (known || repeated) result.add(l.no);
  }
  return result;
}

/** An item heading at line i: "7. KENT POLICE AND CRIME PANEL (PCP) - UPDATE", upper case, numbered past the last; wrapped titles joined. */
function headingAt(lines: Line[], i: number, last: number): { number: number; take: number } | null {
  const own = /^\s*(\d{1,3})\.?\s+(\S.*)$/.exec(lines[i].text);
  const bare = /^\s*(\d{1,3})\.\s*$/.exec(lines[i].text);
  let number: number;
  let take = 1;
  if (own && /^[A-Z0-9(‘'"]/.test(own[2]) && isUpperHeading(own[2]) && !RESOLVED.test(own[2])) number = Number(own[1]);
  else if (bare && lines[i + 1] && isUpperHeading(lines[i + 1].text) && !RESOLVED.test(lines[i + 1].text)) {
    number = Number(bare[1]);
    take = 2;
  } else return null;
  if (number <= last || (last >= 0 && number > last + 50)) return null;
  // A title wrapped onto following lines, directly below (no blank line), in capitals.
  while (lines[i + take] && lines[i + take].no === lines[i + take - 1].no + 1 && isUpperHeading(lines[i + take].text) && !RESOLVED.test(lines[i + take].text) && !/^\s*\d{1,3}\.\s/.test(lines[i + take].text)) take++;
  return { number, take };
}

/** The words of the document, to tell a word hyphenated at a line end ("accommo-dation") from a hyphenated word ("re-election"). */
function wordsOf(lines: Line[]): Set<string> {
  const words = new Set<string>();
  // A fragment left at a line end ("accommo-") is not a word of the document.
  for (const l of lines) for (const w of withoutEndFragment(l.text.toLowerCase()).match(/[a-z]+/g) ?? []) words.add(w);
  return words;
}

/** A line without the word fragment a hyphen leaves at its end ("… the accommo-" → "… the "). */
function withoutEndFragment(text: string): string {
  const t = text.trimEnd();
  if (!t.endsWith('-')) return t;
  let start = t.length - 1;
  while (start > 0 && t[start - 1] >= 'a' && t[start - 1] <= 'z') start--;
  return start < t.length - 1 ? t.slice(0, start) : t;
}

/** Two broken lines as one: a word split by a hyphen is rejoined (without it when the document knows the word whole). */
function join(a: string, b: string, words: Set<string>): string {
  const left = a.trimEnd();
  const right = b.trim();
  if (!left) return right;
  const split = /([A-Za-z]+)-$/.exec(ending(left));
  const next = /^([a-z]+)/.exec(right);
  if (split && next) {
    const whole = (split[1] + next[1]).toLowerCase();
    return words.has(whole) && !words.has(split[1].toLowerCase()) ? left.slice(0, -1) + right : left + right;
  }
  if (split && /^[A-Z]/.test(right)) return left + right;
  return `${left} ${right}`;
}

function frontMatter(front: Line[], words: Set<string>) {
  const attendance: ImportedAttendance = { present: [], absent: [], apologies: [], officers: [], inAttendance: [], lines: [] };
  const heading: Line[] = [];
  const entries: Record<Section, { text: string }[]> = { present: [], absent: [], apologies: [], cabinet: [], guests: [], officers: [] };
  let section: Section | null = null;
  let labelOpen = false;
  for (const line of front) {
    const t = line.text.trim();
    // A label wrapped over lines ("ALSO PRESENT TO RESPOND TO ISSUES RAISED BY THE SCRUTINY / COMMITTEE:").
    if (labelOpen && section) {
      attendance.lines.push(line.no);
      const colon = t.indexOf(':');
      if (colon >= 0) {
        labelOpen = false;
        const rest = t.slice(colon + 1).replace(/^-/, '').trim();
        if (rest) entries[section].push({ text: rest });
      }
      continue;
    }
    // A label says so with a colon ("PRESENT:", "Dartford Borough Council Officers:-") or in capitals.
    const label = LABELS.find(([re]) => re.test(t) && (t.includes(':') || /^[A-Z]{3,}\b/.test(t)));
    if (label) {
      section = label[1];
      attendance.lines.push(line.no);
      const rest = (label[0].exec(t)![1] ?? '').trim();
      if (section === 'guests' && !t.includes(':')) labelOpen = true;
      else if (rest) entries[section].push({ text: section === 'guests' ? rest.replace(/^[^:]*:-?\s*/, '') : rest });
      continue;
    }
    if (!section) {
      heading.push(line);
      continue;
    }
    attendance.lines.push(line.no);
    const list = entries[section];
    const previous = list[list.length - 1];
    const continues =
      previous &&
      (/^[a-z(]/.test(t) ||
        (section === 'officers' || section === 'guests' ? !/\s[–—-]\s/.test(t) : section === 'cabinet' ? !/^councillor/i.test(t) : false));
    if (continues) previous.text = join(previous.text, t, words);
    else list.push({ text: t });
  }
  for (const { text } of entries.present) {
    for (const person of people(text)) {
      const role: PresentRole = /\(\s*vice[- ]?chair(man|woman|person)?\s*\)/i.test(person) ? 'vice_chair' : /\(\s*chair(man|woman|person)?\s*\)/i.test(person) ? 'chair' : 'member';
      attendance.present.push({ name: squash(person.replace(/\(\s*(vice[- ]?)?chair(man|woman|person)?\s*\)/i, '')), role });
    }
  }
  for (const { text } of entries.absent) attendance.absent.push(...people(text));
  for (const { text } of entries.apologies) attendance.apologies.push(...people(text));
  for (const { text } of entries.officers) attendance.officers.push(split(text, 'dash'));
  for (const { text } of entries.cabinet) attendance.inAttendance.push({ ...split(text, 'comma'), kind: 'cabinet_member' });
  for (const { text } of entries.guests) attendance.inAttendance.push({ ...split(text, 'dash'), kind: 'guest' });

  const head = squash(heading.map((l) => l.text).join(' '));
  const committee = /MINUTES of (?:the|a) meeting of (?:the )?(.+?) held\b/i.exec(head)?.[1] ?? null;
  return { attendance, heading, committee, meetingDate: dateIn(head) };
}

/** "Councillors A, B and C" → three people; a single person's line is kept whole ("Councillor A S Sandhu, MBE"). */
function people(text: string): string[] {
  const t = squash(text).replace(/[;,.]$/, '');
  if (!t) return [];
  const plural = /^Councillors\s+(.*)$/i.exec(t);
  if (!plural) return [t];
  return plural[1].split(/,\s*|\s+and\s+/).filter(Boolean).map((n) => `Councillor ${n.trim()}`);
}

function split(text: string, by: 'dash' | 'comma'): { name: string; capacity: string | null } {
  const t = squash(text);
  const at = by === 'dash' ? /\s[–—-]\s/.exec(t) : /,\s/.exec(t);
  if (!at) return { name: t, capacity: null };
  return { name: t.slice(0, at.index).trim(), capacity: t.slice(at.index + at[0].length).trim() || null };
}

function dateIn(text: string): IsoDate | null {
  const m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i.exec(text);
  if (!m) return null;
  return `${m[3]}-${String(MONTHS.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

function apologiesIn(summary: string): string[] {
  const names: string[] = [];
  for (const m of summary.matchAll(/apolog(?:y|ies) for absence (?:had been|were|was|have been) received from ([^.]{1,500})\./gi)) {
    names.push(...people(m[1].replace(/^Councillor\s+/i, 'Councillors ')));
  }
  return names;
}

interface Unit {
  text: string;
  bullet: boolean;
  kind: 'discussion' | 'resolution';
}

function item(number: string, title: Line[], body: Line[], words: Set<string>): ImportedItem {
  const titleText = squash(title.map((l, i) => (i === 0 ? l.text.replace(/^\s*\d{1,3}\.?\s*/, '') : l.text)).join(' '));
  const units: Unit[] = [];
  let mode: Unit['kind'] = 'discussion';
  let previous: Line | null = null;
  for (const line of body) {
    const t = line.text.trim();
    const current = units[units.length - 1];
    const resolved = RESOLVED.exec(line.text);
    if (resolved) {
      mode = 'resolution';
      if (resolved[1].trim()) units.push({ text: resolved[1].trim(), bullet: false, kind: 'resolution' });
      previous = line;
      continue;
    }
    const numbered = NUMBERED.exec(line.text);
    if (numbered && (mode === 'resolution' || /^that\b/i.test(numbered[2]))) {
      mode = 'resolution';
      units.push({ text: numbered[2].trim(), bullet: false, kind: 'resolution' });
      previous = line;
      continue;
    }
    const adjacent = previous !== null && line.no === previous.no + 1;
    const lowerStart = /^[a-z]/.test(t);
    // Bullets come as glyphs or, once the PDF's glyph is lost, as an indent (seed 003).
    const bullet = !lowerStart && (BULLET.test(line.text) || (mode === 'discussion' && /^\s+\S/.test(line.text)));
    // A line broken mid-sentence goes on: directly below, or across a blank line when it starts in lower
    // case or the line before stopped on a word that cannot end one ("households where / DA is a factor").
    if (current && (lowerStart || (!bullet && (adjacent || UNFINISHED.test(ending(current.text)))))) {
      current.text = join(current.text, t, words);
    } else {
      const kind = mode === 'resolution' && (/^that\b/i.test(t) || !units.some((u) => u.kind === 'resolution')) ? 'resolution' : 'discussion';
      if (kind === 'discussion') mode = 'discussion';
      units.push({ text: t.replace(BULLET, '').trim(), bullet, kind });
    }
    previous = line;
  }
  const discussion = units.filter((u) => u.kind === 'discussion');
  const summary = discussion
    .map((u, i) => (u.bullet ? `• ${squash(u.text)}` : `${i > 0 ? '\n' : ''}${squash(u.text)}`))
    .join('\n')
    .trim();
  const resolutions = units.filter((u) => u.kind === 'resolution').map((u) => squash(u.text));
  const undertakings = discussion.flatMap((u) => sentences(u.text)).filter((s) => /\bundert(ook|akes?|aken)\b/i.test(s));
  const workPlanChanges: ProposedWorkPlanChange[] = [];
  discussion.forEach((u, i) => {
    if (u.bullet || !/amendments?\s+to\s+the\s+(draft\s+)?(rolling\s+)?work\s*(plan|programme)/i.test(u.text)) return;
    for (let j = i + 1; j < discussion.length && discussion[j].bullet; j++) workPlanChanges.push(change(squash(discussion[j].text)));
  });
  for (const r of resolutions) if (/\badded\s+to\s+the\s+(committee['’]s\s+)?(rolling\s+)?work\s*(plan|programme)/i.test(r)) workPlanChanges.push({ ...change(r), kind: 'add' });
  const all = `${titleText} ${summary}`;
  return {
    number,
    title: titleText,
    summary,
    resolutions,
    undertakings,
    workPlanChanges,
    exempt: false,
    excludesPublic: /exclusion of (the )?press and public/i.test(titleText) || /section\s+100A\s*\(4\)/i.test(summary),
    drawDown: /draw-?\s?down/i.test(titleText) || /draw-?\s?down process/i.test(summary),
    confirmsMinutesOf: /confirmation of (the )?minutes/i.test(titleText) ? dateIn(all) : null,
    lines: [...title, ...body].map((l) => l.no),
  };
}

function change(text: string): ProposedWorkPlanChange {
  const kind: WorkPlanChangeKind = /\b(postpone|defer|put back|moved? to)/i.test(text) ? 'defer' : /\b(remove|delete|withdraw|drop)/i.test(text) ? 'withdraw' : 'add';
  const when =
    /\[((?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)\s+\d{4})\]/i.exec(text)?.[1] ??
    /\b(?:until|to|in|for)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})/i.exec(text)?.[1] ??
    /\bfor the remainder of (\d{4}-\d{2})/i.exec(text)?.[1] ??
    null;
  return { kind, text: text.replace(/;$/, '').trim(), when };
}

function sentences(text: string): string[] {
  return squash(text).split(/(?<=[.!?])\s+(?=[A-Z])/).filter(Boolean);
}

/** Items taken after the exclusion of the press and public: the next one always; later ones when they say they are exempt. */
function markExempt(items: ImportedItem[], warnings: ImportWarning[]): void {
  const at = items.findIndex((i) => i.excludesPublic);
  if (at < 0) return;
  for (let i = at + 1; i < items.length; i++) {
    const says = /\bEXEMPT\b/.test(`${items[i].title} ${items[i].summary} ${items[i].resolutions.join(' ')}`) || /closed session/i.test(items[i].summary);
    if (i === at + 1 || says) items[i].exempt = true;
    else warnings.push({ kind: 'check', message: `Item ${items[i].number} follows the exclusion of the press and public (item ${items[at].number}) but does not say it is exempt: imported as open; check before the minutes are published`, lines: [] });
  }
}
