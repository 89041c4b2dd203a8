/**
 * Minutes as councils publish them into structured minutes for the co-ordinator to review: text
 * taken from a PDF (seed 003), the text of a ModernGov page, or the text the document readers make
 * of a web page, a Word file or a PDF, with what their layout says of each line (a heading, an item
 * number). Pure: no I/O, no clock. It never loses text: every non-blank input line is accounted for
 * in an item, the attendance or the warnings (by its line number), which the tests check.
 *
 * Councils number items in many ways (1, 170, 42/20, "CD 42/20", "Minute 5", 4.1) or not at all,
 * write titles in capitals or not, and record decisions as RESOLVED, AGREED or a bare "That …". The
 * rules below look for what all of them share — a numbered sequence, a line set apart as a title,
 * a decision's opening words — never for one council's layout.
 */
import type { LineHint } from '../common/documents/published-document.js';
import type { IsoDate } from '../common/time/dates.js';

export type WarningKind = 'heading' | 'furniture' | 'agenda' | 'closing' | 'check';

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

/** How sure the importer is that an item starts where it says, and why: 'low' asks the co-ordinator to check. */
export type Confidence = 'high' | 'medium' | 'low';

export interface ImportedItem {
  number: string;
  title: string;
  summary: string;
  /** Every resolution, in order (the parts of each decision). */
  resolutions: string[];
  /** The decisions as recorded: one per RESOLVED, AGREED or standing "That …", with its numbered or lettered parts. */
  decisions: { parts: string[] }[];
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
  confidence: Confidence;
  why: string;
  lines: number[];
}

export interface ImportedMinutes {
  committee: string | null;
  meetingDate: IsoDate | null;
  venue: string | null;
  attendance: ImportedAttendance;
  items: ImportedItem[];
  closedAt: string | null;
  warnings: ImportWarning[];
}

interface Line {
  no: number;
  text: string;
  hint?: LineHint;
  /** Blank lines directly above it in the input. */
  gap: number;
  /** It carried a web page's file-size note ("pdf icon PDF 85 KB"), which only follows a title. */
  residue?: boolean;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const BULLET = /^\s*[•●▪■◦‣∙·\uF0A7\uF0B7\uF076\uF0D8\u25AA\u25CF\u2022*]\s*/;
/** Lines that are part of the page, not the minutes: running heads, page numbers, a web page's own words. */
const FURNITURE = [
  /^CHAIRMAN['’]?S?\s+INITIALS$/i,
  /^CHAIR(MAN)?['’]S$/i,
  /^INITIALS$/i,
  /^page\s+\d+(\s+of\s+\d+)?$/i,
  /^[-–]?\s*\d{1,4}\s*[-–]?$/,
  /^\.{3}\s*view the full (minutes|agenda|decision) text for item .{1,12}$/i,
  /^(Additional|Supporting|Background) documents:?$/i,
  /^(Items|Media|Buttons|PUBLIC|PART I|Skip to main content|Meeting documents|Attendance Details|Agenda item|Issue - meetings|View directions)$/i,
  /^Agenda(,)? (and|reports pack and) (draft )?minutes$/i,
  /^No\.?\s*\|?\s*Item\s*\|?$/i,
  /^Item (Number|No\.?)? ?Item\/Description$/i,
  /^Item Description(\/Resolution)?( Status)?( Action)?$/i,
  /^Meeting attachment\b.{0,80}$/i,
  /^Please note:? all minutes are subject to approval.{0,40}$/i,
  /^(Noted|Agreed|Deferred)$/,
];
/** ModernGov's labels inside an item: what comes before "Minutes:" is the agenda's text, not the minute. */
const MINUTES_LABEL = /^(Minutes|Decision)\s*:$/i;
/** A decision's opening words: "RESOLVED:", "RESOLVED –", "UNANIMOUSLY RESOLVED that", "AGREED that", "Resolved: That". */
const RESOLVED = /^\s*(?:UNANIMOUSLY\s+|Unanimously\s+)?(?:RESOLVED|AGREED|(?:Resolved|Agreed)(?=\s*[:–—-]|\s+that\b|\s+That\b))\b\s*(?:[:–—-]\s*)?(.*)$/;
const NUMBERED = /^\s*\(?(\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+(\S.*)$/;
const DASHED = /^\s*[-–—]\s+(\S.*)$/;
const THAT = /^That\s/;
const UNFINISHED = /(\b(a|an|the|to|of|and|or|in|on|at|for|by|with|from|as|that|which|who|where|whose|nearby|near|into|than)|[,–—-])\s*$/i;
const CLOSING = /^\s*the meeting (closed|ended|concluded|terminated|finished|rose) at\s+(.+?)\.?\s*$/i;
/** The residue of a ModernGov page in its text: the file size after a title, item markers. */
const RESIDUE = /(?:pdf icon\s+)?PDF \d+(?:\.\d+)? ?[KM]B\b|<\/?AI\d{1,4}>/gi;
/** Words that open the agenda's description of an item, after its title on one line of an item table. */
const AGENDA_OPENING = /\s(?:To (?:receive|consider|approve|note|agree|elect|review|declare|invite|sign|report|advise|update|confirm)\b|Members (?:are|to|will)\b|The (?:Committee|Panel|Board|Scrutiny Committee) (?:is|will)\b|Report of\b|Additional documents:)/;
/** Items every committee opens with: an unnumbered heading saying one of these starts the items. */
const OPENING_ITEM = /^(?:\d+\.?\s+)?(?:to receive\s+)?(?:welcome|introduction|apolog|declarations?\b|minutes\b|substitut|chair\w*['’]?s? announcements|election of|present\b)/i;
/** A page number alone on its line. */
const PAGE_NUMBER = /^[-–]?\s*\d{1,4}\s*[-–]?$/;

/** How minutes name people: a list of them is split at each. */
const HONORIFIC = '(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr|Rev|Revd|Sir|Dame|Lord|Lady|Professor|Prof|Alderman|Alderwoman|Deputy|Inspector|Chief Inspector|Superintendent|Sergeant|PCSO|PC)\\b';
const HONORIFIC_G = new RegExp(`\\b${HONORIFIC}`, 'g');
const WORK = "(?:the\\s+)?(?:committee['’]s\\s+|panel['’]s\\s+)?(?:rolling\\s+|draft\\s+)?work\\s*(?:plan|programme)";
/** "… be added to the work programme", "the Work Programme be updated to include …", "… be included in the work plan". */
const WORK_PLAN_ADD = new RegExp(`\\b(?:added|included)\\s+(?:to|in|on)\\s+${WORK}|\\bwork\\s*(?:plan|programme)\\s+be\\s+(?:updated|amended)\\s+to\\s+include\\b`, 'i');
/** "… be brought forward to the November meeting", "… be deferred to the next meeting", "… be postponed". */
const WORK_PLAN_MOVE = /\b(?:be|is|was)\s+(?:brought\s+forward|deferred|postponed|moved|rescheduled|put\s+back)\b/i;
/** "… be removed from the work programme". */
const WORK_PLAN_DROP = new RegExp(`\\b(?:removed|deleted|withdrawn|taken)\\s+(?:off|from)\\s+${WORK}`, 'i');
type Section = 'present' | 'chair' | 'absent' | 'apologies' | 'cabinet' | 'guests' | 'officers';
/** Attendance labels, tried against the start of a line ("PRESENT:", "Apologies for absence:", "Dartford Borough Council Officers:-"). */
const LABELS: [RegExp, Section][] = [
  [/^PRESENT\b\s*:?-?/i, 'present'],
  [/^Chair(?:man|woman|person)?\s*:-?/i, 'chair'],
  [/^(?:Members\s+)?Present(?:\s+(?:in person|virtually|remotely))?\s*:-?/i, 'present'],
  [/^ABSENT\b\s*:?-?/i, 'absent'],
  [/^APOLOGIES(?:\s+FOR\s+ABSENCE)?(?:\s+were\s+received\s+from)?\b\s*:?-?/i, 'apologies'],
  [/^CABINET\s+MEMBERS?\b\s*:?-?/i, 'cabinet'],
  [/^(?:OFFICERS\s+IN\s+ATTENDANCE|(?:Support\s+)?officers(?:\s+present)?)\s*:-?/i, 'officers'],
  [/^(?:ALSO\s+IN\s+ATTENDANCE|ALSO\s+PRESENT|IN\s+ATTENDANCE)\b/i, 'guests'],
  [/^[A-Za-z ]{0,60}\bOFFICERS?\s*:-?/i, 'officers'],
];

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
/** Headings, labels and titles are short: the rules for them never look at a long line. */
const short = (s: string) => s.length <= 300;
const isFurniture = (t: string) => short(t) && FURNITURE.some((re) => re.test(t));

export function importMinutes(text: string, hints: ReadonlyMap<number, LineHint> = new Map()): ImportedMinutes {
  let gap = 0;
  const all: Line[] = [];
  for (const [i, raw] of text.replace(/\r\n?/g, '\n').split('\n').entries()) {
    const cleaned = raw.replace(/[\f\v\u00a0\u200b\ufeff]/g, ' ').replace(/[\u0000-\u0008\u000e-\u001f]/g, '').trimEnd();
    // "37.PRESENT": a number run into its title, as a PDF's text often gives it.
    const t = cleaned.replace(RESIDUE, '').trimEnd().replace(/^(\s*\d{1,3}\.)(?=[A-Z]{2})/, '$1 ');
    all.push({ no: i + 1, text: t.trim() === '' && cleaned.trim() !== '' ? cleaned : t, hint: hints.get(i + 1), gap, residue: t.length !== cleaned.length && /PDF/i.test(cleaned) });
    gap = cleaned.trim() === '' ? gap + 1 : 0;
  }
  const warnings: ImportWarning[] = [];
  const furniture = furnitureLines(all);
  // A number alone above a title is an item's number or a page's: which, the items' sequence decides.
  const undecided = new Set<number>();
  const nonBlank = all.filter((l) => l.text.trim() !== '');
  nonBlank.forEach((l, i) => {
    if (furniture.has(l.no) && PAGE_NUMBER.test(l.text.trim()) && nonBlank[i + 1] && !furniture.has(nonBlank[i + 1].no) && titleLike(nonBlank[i + 1].text, false)) undecided.add(l.no);
  });
  for (const no of undecided) furniture.delete(no);
  const lines = all.filter((l) => l.text.trim() !== '' && !furniture.has(l.no));
  const words = wordsOf(lines);

  const split = rowsOfItemTable(lines) ?? splitAtHeadings(lines);
  const pageNumber = (l: Line) => undecided.has(l.no) && !split.chunks.some((c) => c.title[0] === l) && (furniture.add(l.no), true);
  const front = split.front.filter((l) => !pageNumber(l));
  const closing = split.closing.filter((l) => !pageNumber(l));
  const chunks = split.chunks.map((c) => ({ ...c, body: c.body.filter((l) => !pageNumber(l)) }));
  if (furniture.size) {
    warnings.push({ kind: 'furniture', message: `Page furniture left out (${[...new Set([...furniture].map((no) => squash(all[no - 1].text)))].slice(0, 5).map((t) => `"${t}"`).join(', ')})`, lines: [...furniture].sort((a, b) => a - b) });
  }
  const { attendance, heading, committee, meetingDate, venue } = frontMatter(front, words);
  if (heading.length) warnings.unshift({ kind: 'heading', message: 'The heading of the minutes (committee and date), not part of an item', lines: heading.map((l) => l.no) });

  const items = chunks.map((chunk) => item(chunk, words, warnings));
  markExempt(items, warnings);
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [numberOf(items[i - 1].number), numberOf(items[i].number)];
    if (a && b && a.form === b.form && b.sequence !== a.sequence + 1 && !(b.sequence === a.sequence && b.sub > a.sub) && !(b.sub > 0)) {
      warnings.push({ kind: 'check', message: `Item ${items[i].number} follows item ${items[i - 1].number}: is an item missing?`, lines: [] });
    }
  }
  for (const i of items) if (i.confidence === 'low') warnings.push({ kind: 'check', message: `Is "${i.title.slice(0, 80)}" a new item? ${i.why}; check where item ${i.number || i.title.slice(0, 40)} starts`, lines: [] });
  const apologies = items.find((i) => /apolog/i.test(i.title));
  if (apologies && !attendance.apologies.length) attendance.apologies = apologiesIn(apologies.summary);
  // Some councils minute who was present as an item of its own ("37. PRESENT Councillors: …").
  const present = items.find((i) => /^(present|attendance|members present)\b/i.test(i.title));
  if (present && !attendance.present.some((p) => p.role === 'member')) {
    const [members] = present.summary.split(/\s+Also\b/);
    for (const name of people(members.replace(/^Present\s*:?\s*/i, ''))) if (!attendance.present.some((p) => p.name === name || p.name.endsWith(name.replace(/^Councillor /, ' ')))) attendance.present.push({ name, role: 'member' });
  }

  let closedAt: string | null = null;
  if (closing.length) {
    closedAt = CLOSING.exec(closing[0].text)![2].trim();
    warnings.push({ kind: 'closing', message: `The meeting closed at ${closedAt}; signed: ${squash(closing.slice(1).map((l) => l.text).join(', ')) || 'unsigned'}`, lines: closing.map((l) => l.no) });
  }
  if (!items.length) warnings.push({ kind: 'check', message: 'No numbered item headings (e.g. "1. APOLOGIES FOR ABSENCE") were found', lines: [] });
  return { committee, meetingDate, venue, attendance, items, closedAt, warnings };
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
    const repeated =
      (counts.get(t) ?? 0) >= 3 &&
      t.length <= 80 &&
      !RESOLVED.test(t) &&
      !NUMBERED.test(t) &&
      !BULLET.test(l.text) &&
      !MINUTES_LABEL.test(t) &&
      !/^\d+\.?\s/.test(t) &&
      !/\|$/.test(t) &&
      (!hasLower(t) || !/[.;:,]$/.test(t)) &&
      !/^[a-z]/.test(t);
    if (isFurniture(t) || repeated) result.add(l.no);
  }
  return result;
}

interface Chunk {
  number: string;
  title: Line[];
  body: Line[];
  confidence: Confidence;
  why: string;
}

interface Split {
  front: Line[];
  chunks: Chunk[];
  closing: Line[];
}

/**
 * An item table copied from a web page, one row a line ("Apologies for Absence Minutes: Apologies
 * were received from … |"): each row is an item, its title before the agenda's words, its minute
 * after "Minutes:".
 */
function rowsOfItemTable(lines: Line[]): Split | null {
  const rows = lines.filter((l) => /\|\s*$/.test(ending(l.text))).length;
  const labelled = lines.filter((l) => l.text.includes(' Minutes: ') || /^Minutes: /.test(l.text)).length;
  if (rows < 3 || labelled < 2) return null;
  const front: Line[] = [];
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  for (const line of lines) {
    const at = line.text.indexOf('Minutes:');
    if (!open && at < 0) {
      front.push(line);
      continue;
    }
    if (!open) {
      const before = squash(line.text.slice(0, at));
      const opening = AGENDA_OPENING.exec(` ${before.slice(1)}`);
      const title = (opening ? before.slice(0, opening.index + 1) : before).trim() || before;
      open = { number: '', title: [{ ...line, text: title }], body: [], confidence: 'high', why: 'a row of the item table' };
      chunks.push(open);
      const minute = line.text.slice(at + 'Minutes:'.length).replace(/\|\s*$/, '').trim();
      if (minute) open.body.push({ ...line, text: minute, gap: 0 });
    } else open.body.push({ ...line, text: line.text.replace(/\|\s*$/, '').trim() });
    if (/\|\s*$/.test(ending(line.text))) open = null;
  }
  return chunks.length >= 2 ? { front, chunks, closing: [] } : null;
}

type NumberForm = 'plain' | 'reference' | 'minute';
interface ItemNumber {
  form: NumberForm;
  text: string;
  sequence: number;
  sub: number;
}

/** "12", "12." "4.1", "42/20", "CD 42/20", "OSC13/16", "Minute 5" → the number, its form and place in the sequence. */
function numberOf(text: string): ItemNumber | null {
  const t = text.trim().replace(/[.):]$/, '');
  let m = /^([A-Z]{1,6} ?)?(\d{1,4}) ?\/ ?(\d{2,4})$/.exec(t);
  if (m) return { form: 'reference', text: `${m[1] ?? ''}${m[2]}/${m[3]}`, sequence: Number(m[2]), sub: 0 };
  m = /^Minute (?:No\.? ?)?(\d{1,3})$/i.exec(t);
  if (m) return { form: 'minute', text: m[1], sequence: Number(m[1]), sub: 0 };
  m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(t);
  if (m) return { form: 'plain', text: m[2] ? `${m[1]}.${m[2]}` : m[1], sequence: Number(m[1]), sub: Number(m[2] ?? 0) };
  return null;
}

const LEADING_NUMBER = /^\s*((?:Minute (?:No\.? ?)?)?(?:[A-Z]{1,6} ?)?\d{1,4} ?\/ ?\d{2,4}|(?:Minute (?:No\.? ?)?)?\d{1,3}(?:\.\d{1,2})?)([.):])?(?:\s+(\S.*))?$/i;

/** A title as items have them: short, one phrase, not a decision or a sentence of a list. */
function titleLike(t: string, set: boolean): boolean {
  const s = t.trim();
  if (!s || s.length > 160 || !/^[A-Z0-9‘'"“(]/.test(s)) return false;
  if (RESOLVED.test(s) || THAT.test(s) || /^(Present|Apologies|Absent)\s*:/i.test(s)) return false;
  if (new RegExp(`^(${MONTH})\\b`, 'i').test(s) || /^\d/.test(s) && !/[A-Za-z]{3}/.test(s)) return false;
  if (set) return true;
  const words = s.split(/\s+/).length;
  if (words > 20 || /[;,:]$/.test(s)) return false;
  if (/\.\s+[A-Z]/.test(s) && !isUpperHeading(s)) return false;
  return !s.endsWith('.') || words <= 14;
}

/**
 * Items by their headings. A numbered heading: a number of the document's form, higher than the
 * last, and a title — in capitals, set as a heading by the layout, after a full stop ("170. Apologies
 * for Absence"), or on the next line when the number stands alone ("1." then the title). Without
 * numbers: lines the layout sets as headings, or short titles set apart by the widest spaces.
 */
function splitAtHeadings(lines: Line[]): Split {
  const numbered = numberedHeadings(lines);
  const starts = numbered.size >= 2 || (numbered.size === 1 && !unnumberedHeadings(lines).size) ? numbered : unnumberedHeadings(lines);
  const front: Line[] = [];
  const chunks: Chunk[] = [];
  const closing: Line[] = [];
  let closed = false;
  for (let i = 0; i < lines.length; i++) {
    const start = starts.get(i);
    if (start) {
      const title = lines.slice(i, i + start.take);
      const body: Line[] = [];
      if (start.runIn) {
        // "39. TO RECEIVE A PRESENTATION The Chairman welcomed …": the title, and the minute begun on its line.
        title[0] = { ...title[0], text: `${start.number}. ${start.runIn.title}` };
        body.push({ ...lines[i], text: start.runIn.rest, gap: 0 });
      }
      chunks.push({ number: start.number, title, body, confidence: start.confidence, why: start.why });
      closed = false;
      i += start.take - 1;
      continue;
    }
    if (isClosing(lines[i].text) && chunks.length) closed = true;
    if (closed) closing.push(lines[i]);
    else if (chunks.length) chunks[chunks.length - 1].body.push(lines[i]);
    else front.push(lines[i]);
  }
  return { front, chunks, closing };
}

interface Start {
  number: string;
  take: number;
  /** A title in capitals run into the minute on the same line. */
  runIn?: { title: string; rest: string };
  confidence: Confidence;
  why: string;
}

function numberedHeadings(lines: Line[]): Map<number, Start> {
  const starts = new Map<number, Start>();
  // Read from a document's layout, each line is a paragraph: a title wrapped there is a paragraph of its own.
  const wrapGap = lines.some((l) => l.hint) ? 1 : 0;
  let last: ItemNumber | null = null;
  let listed: ItemNumber | null = null;
  let first: { number: ItemNumber; key: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A long line is an item's heading only when its title is run into the minute (read from its start).
    const long = !short(line.text);
    const m = LEADING_NUMBER.exec(long ? line.text.slice(0, 300) : line.text);
    const given = line.hint?.number ? numberOf(line.hint.number) : null;
    if (!m && !given) continue;
    const number = given ?? numberOf(m![1]);
    if (!number) continue;
    const stop = m?.[2] ?? '';
    let title = given ? squash(line.text.replace(LEADING_NUMBER, (all, _n, _s, rest) => rest ?? '')) || null : (m![3] ?? null);
    if (given && !m) title = squash(line.text);
    let take = 1;
    const set = line.hint?.heading === true || given !== null || line.residue === true;
    let runIn = title && !set ? runInTitle(title) : null;
    if (long && !runIn) continue;
    if (runIn) {
      if (long) runIn = { title: runIn.title, rest: line.text.slice(line.text.indexOf(runIn.title) + runIn.title.length).trim() };
      title = runIn.title;
    }
    if (!title) {
      // The number alone ("1." or "326."), the title on the next line; without its full stop, only
      // where it goes on from the last item (or opens the business): a page number looks the same.
      const next = lines[i + 1];
      const follows = stop === '' && number.form === 'plain' && (last ? number.sequence === last.sequence + 1 && number.sub === 0 : !!next && OPENING_ITEM.test(next.text.trim()));
      if (!next || !short(next.text) || !(stop === '.' || set || number.form !== 'plain' || follows) || LEADING_NUMBER.test(next.text) && !next.hint?.heading) continue;
      if (!titleLike(next.text, next.hint?.heading === true || isUpperHeading(next.text))) continue;
      title = next.text;
      take = 2;
    }
    const capitals = isUpperHeading(title) && /^[A-Z0-9(‘'"“]/.test(title.trim());
    const strong = set || capitals || number.form !== 'plain' || take === 2;
    if (!titleLike(title, set || capitals)) continue;
    if (!strong && stop !== '.') continue;
    if (stop === ')' && !set) continue;
    // A numbered list inside an item ("1. …", "2. …") goes on from its own last number, not the items'.
    if (listed && !set && number.form === listed.form && number.sequence === listed.sequence + 1) {
      listed = number;
      continue;
    }
    // The first item again, with its title: what came before was a table of the decisions, ahead of the minutes themselves.
    const key = squash(title).toLowerCase().split(' ').slice(0, 4).join(' ');
    if (first && starts.size >= 2 && number.form === first.number.form && number.text === first.number.text && key === first.key) {
      starts.clear();
      last = null;
    }
    if (last && (number.form !== last.form || !after(number, last) || number.sequence > last.sequence + 50)) {
      listed = number;
      continue;
    }
    listed = null;
    if (!starts.size) first = { number, key };
    // A title wrapped onto following lines, directly below (no blank line), in capitals, or all set as a heading.
    while (lines[i + take] && lines[i + take].gap <= wrapGap && short(lines[i + take].text) && !RESOLVED.test(lines[i + take].text) && !LEADING_NUMBER.test(lines[i + take].text) &&
      ((capitals && isUpperHeading(lines[i + take].text)) || (set && lines[i + take].hint?.heading === true && !lines[i + take].hint?.number))) take++;
    const gapped = i + take >= lines.length || lines[i + take].gap > 0 || MINUTES_LABEL.test(lines[i + take].text.trim());
    // Less sure: a title in ordinary case run straight into text, or a number that skips ahead of the last.
    const skips = last !== null && number.sub === 0 && number.sequence > last.sequence + 1;
    const confidence: Confidence = strong || gapped ? (skips && !set ? 'medium' : 'high') : skips ? 'low' : 'medium';
    const reasons = [
      set ? `numbered ${number.text} and set as a heading` : capitals ? `numbered ${number.text}, title in capitals` : number.form !== 'plain' ? `minute reference ${number.text}` : `numbered ${number.text}${gapped ? ', title on a line of its own' : ', title in ordinary case followed directly by text'}`,
      skips ? `after ${last!.text}, skipping ${number.sequence - last!.sequence - 1}` : null,
    ];
    const why = reasons.filter(Boolean).join('; ');
    starts.set(i, { number: number.text, take, confidence, why: runIn ? `${why}, the minute begun on the same line` : why, ...(runIn ? { runIn } : {}) });
    last = number;
    i += take - 1;
  }
  return starts;
}

/**
 * A title in capitals run into its minute ("APOLOGIES Apologies for absence were received …"): the
 * capitals are the title when there are enough of them to be one and ordinary text follows.
 */
function runInTitle(text: string): { title: string; rest: string } | null {
  const words = text.split(' ');
  let n = 0;
  while (n < words.length && /^[A-Z0-9&/()'’,:.-]+$/.test(words[n]) && !/^\d+[.,]?$/.test(words[n]) || (n > 0 && n < words.length && /^(&|-|–|\d+[.,]?)$/.test(words[n]))) n++;
  if (n === 0 || n === words.length) return null;
  const title = words.slice(0, n).join(' ');
  const rest = words.slice(n).join(' ');
  if ((title.match(/[A-Z]/g)?.length ?? 0) < 5 || !/^[A-Z][a-z]/.test(rest) || RESOLVED.test(title)) return null;
  return { title: title.replace(/[,:]$/, ''), rest };
}

function after(a: ItemNumber, b: ItemNumber): boolean {
  return a.sequence > b.sequence || (a.sequence === b.sequence && a.sub > b.sub);
}

/** Items without numbers: headings the layout sets, else short titles after the widest spaces of the document. */
function unnumberedHeadings(lines: Line[]): Map<number, Start> {
  const starts = new Map<number, Start>();
  const set = lines.map((l, i) => [l, i] as const).filter(([l]) => l.hint?.heading && titleLike(l.text, true) && !dated(l.text));
  if (set.length >= 2) {
    let through = -1;
    for (const [, i] of set) {
      // Consecutive heading lines are one wrapped title.
      if (i <= through) continue;
      let take = 1;
      while (lines[i + take]?.hint?.heading && lines[i + take].gap === 0) take++;
      starts.set(i, { number: '', take, confidence: 'high', why: 'set as a heading' });
      through = i + take - 1;
    }
    return starts;
  }
  const candidates = lines
    .map((l, i) => [l, i] as const)
    .filter(([l, i]) => short(l.text) && titleLike(l.text, false) && !/[.:]$/.test(l.text.trim()) && l.text.trim().split(/\s+/).length <= 12 && !dated(l.text) && !MINUTES_LABEL.test(l.text.trim()) && !attendanceLabel(l.text.trim()) && (i + 1 >= lines.length || lines[i + 1].gap > 0));
  if (candidates.length < 2) return starts;
  const widest = Math.max(...candidates.map(([l]) => l.gap));
  if (widest < 2) return starts;
  let opened = false;
  for (const [l, i] of candidates) {
    if (l.gap >= Math.max(2, widest - 1)) starts.set(i, { number: '', take: 1, confidence: 'medium', why: 'an unnumbered title set apart by the widest spaces' });
    else if (!opened && !starts.size && OPENING_ITEM.test(l.text.trim())) starts.set(i, { number: '', take: 1, confidence: 'medium', why: 'an unnumbered title that opens the business (apologies, declarations, minutes)' });
    else continue;
    opened = true;
  }
  return starts.size >= 2 ? starts : new Map();
}

/** An attendance label at the start of a line, said with a colon ("PRESENT:", "Officers:-") or in capitals. */
function attendanceLabel(t: string): readonly [RegExpExecArray, Section] | null {
  if (dated(t)) return null;
  const head = t.slice(0, 120);
  for (const [re, section] of LABELS) {
    const m = re.exec(head);
    if (m && (t.includes(':') || /^[A-Z]{3,}\b/.test(t))) return [m, section] as const;
  }
  return null;
}

/** A line giving a meeting's date ("The Scrutiny Committee - Thursday, 11th March, 2021"): the heading, not an item. */
function dated(t: string): boolean {
  return short(t) && new RegExp(`\\b${WEEKDAY},?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})`, 'i').test(t);
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
  const entries: Record<Section, { text: string }[]> = { present: [], chair: [], absent: [], apologies: [], cabinet: [], guests: [], officers: [] };
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
    const found = attendanceLabel(t);
    if (found) {
      const [m, s] = found;
      section = s;
      attendance.lines.push(line.no);
      const rest = t.slice(m[0].length).trim();
      if (section === 'guests' && !t.includes(':')) labelOpen = true;
      else if (rest) entries[section].push({ text: section === 'guests' ? rest.replace(/^[^:]{0,120}:-?\s*/, '') : rest });
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
        (section === 'officers' || section === 'guests' ? !/\s[–—-]\s/.test(t) && !/\(/.test(t) && !/,\s*$/.test(ending(previous.text)) : section === 'cabinet' ? !/^councillor/i.test(t) : false));
    if (continues) previous.text = join(previous.text, t, words);
    else list.push({ text: t });
  }
  for (const { text } of entries.chair) for (const person of people(text)) attendance.present.push({ name: person, role: 'chair' });
  for (const { text } of entries.present) {
    for (const person of people(text)) {
      const role: PresentRole = /\(\s*vice[- ]?chair(man|woman|person)?\s*\)/i.test(person) ? 'vice_chair' : /\(\s*chair(man|woman|person)?\s*\)/i.test(person) ? 'chair' : 'member';
      const name = squash(person.replace(/\(\s*(vice[- ]?)?chair(man|woman|person)?\s*\)/i, ''));
      if (name && !attendance.present.some((p) => p.name === name)) attendance.present.push({ name, role });
    }
  }
  for (const { text } of entries.absent) attendance.absent.push(...people(text));
  for (const { text } of entries.apologies) attendance.apologies.push(...people(text));
  for (const { text } of entries.officers) attendance.officers.push(...roles(text, 'dash'));
  for (const { text } of entries.cabinet) attendance.inAttendance.push(...roles(text, 'comma').map((p) => ({ ...p, kind: 'cabinet_member' as const })));
  for (const { text } of entries.guests) attendance.inAttendance.push(...roles(text, 'dash').map((p) => ({ ...p, kind: 'guest' as const })));

  const head = squash(heading.map((l) => l.text).join(' ').slice(0, 4000));
  return { attendance, heading, committee: committeeIn(heading), meetingDate: meetingDateIn(heading), venue: /\b(?:Venue|Place):\s*([^.]{3,160}?)(?:\.\s|\s+View directions|\s+Contact:|$)/.exec(head)?.[1]?.trim() ?? null };
}

/** The committee, as the heading names it: "MINUTES of the meeting of the X held …", "X - Thursday, 11th March, 2021", "Meeting: 27/09/2011 - X (Item 45)", or the line above the date. */
function committeeIn(heading: Line[]): string | null {
  const head = squash(heading.map((l) => l.text).join(' ').slice(0, 4000));
  const minutesOf = /MINUTES of (?:the|a) meeting of (?:the )?(.+?) held\b/i.exec(head)?.[1];
  if (minutesOf) return minutesOf;
  for (const [i, l] of heading.entries()) {
    const t = squash(l.text);
    if (!short(t)) continue;
    const dash = new RegExp(`^(?:Agenda and (?:draft )?minutes\\s*)?(.{3,120}?)\\s+[-–]\\s+${WEEKDAY}`, 'i').exec(t)?.[1];
    if (dash) return dash;
    const meeting = /^Meeting:\s*\d{1,2}\/\d{1,2}\/\d{4}\s+[-–]\s+(.{3,120}?)(?:\s+\(Item [^)]{1,10}\))?$/i.exec(t)?.[1];
    if (meeting) return meeting;
    if (dated(t) && i > 0 && titleLike(heading[i - 1].text, false) && !dated(heading[i - 1].text)) return squash(heading[i - 1].text);
  }
  return null;
}

/**
 * The meeting's own date: where the heading says the meeting was held, or a date with its weekday
 * ("Thursday, 18th February, 2021"), or "Meeting: 27/09/2011". Any other date in the front matter is
 * usually another meeting's (the minutes being confirmed), so none is taken rather than a wrong one.
 */
function meetingDateIn(heading: Line[]): IsoDate | null {
  const head = squash(heading.map((l) => l.text).join(' ').slice(0, 4000));
  const held = new RegExp(`\\bheld (?:on|at [^,]{1,80},?)\\s+((?:${WEEKDAY},?\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH}),?\\s+\\d{4})`, 'i').exec(head);
  if (held && !/minutes of the (previous|last)/i.test(head.slice(Math.max(0, held.index - 80), held.index))) return dateIn(held[1]);
  const weekday = new RegExp(`\\b${WEEKDAY},?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH}),?\\s+\\d{4}`, 'i').exec(head);
  if (weekday) return dateIn(weekday[0]);
  const numeric = /\b(?:Meeting|Date):\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/i.exec(head);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  return null;
}

/** "Councillors A, B and C", "Councillor A (Chair), Councillor B and Councillor C" → one entry each; one person's line is kept whole ("Councillor A S Sandhu, MBE"). */
function people(text: string): string[] {
  const t = squash(text).replace(/[;,.]$/, '');
  if (!t) return [];
  const plural = /^(?:Councillors|Cllrs\.?)\s*:?\s+(.*)$/i.exec(t);
  if (plural) return plural[1].split(/,\s*|\s+(?:and|&)\s+/).map((n) => n.trim()).filter(Boolean).map((n) => `Councillor ${n}`);
  const titles = t.match(HONORIFIC_G)?.length ?? 0;
  if (titles < 2) return [t];
  return t
    .split(new RegExp(`,\\s*(?=${HONORIFIC}|\\()|\\s+(?:and|&)\\s+(?=${HONORIFIC})`))
    .map((n) => n.trim().replace(/[;,.]$/, ''))
    .filter((n) => n && !/^\((vice[- ]?)?chair\w*\)$/i.test(n));
}

/** People with what they are there as: "Name – capacity", "Name, capacity", or a list "A (capacity), B (capacity) and C (capacity)". */
function roles(text: string, by: 'dash' | 'comma'): { name: string; capacity: string | null }[] {
  const t = squash(text).replace(/[.;]$/, '');
  if (/\)\s*(,|and)\s/.test(t)) {
    return t
      .split(/(?<=\))\s*,\s*|(?<=\))\s+and\s+/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => {
        const m = /^(.*?)\s*\(([^)]*)\)$/.exec(p);
        return m ? { name: m[1].trim(), capacity: m[2].trim() || null } : { name: p, capacity: null };
      });
  }
  return [split(t, by)];
}

function split(text: string, by: 'dash' | 'comma'): { name: string; capacity: string | null } {
  const t = squash(text);
  const at = by === 'dash' ? /\s[–—-]\s/.exec(t) : /,\s/.exec(t);
  if (!at) return { name: t, capacity: null };
  return { name: t.slice(0, at.index).trim(), capacity: t.slice(at.index + at[0].length).trim() || null };
}

function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dateIn(text: string): IsoDate | null {
  const m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (!m) return null;
  return isoDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
}

/** Who sent apologies, from the apologies item ("Apologies for absence were received from Councillors A, B and C."). */
function apologiesIn(summary: string): string[] {
  const names: string[] = [];
  for (const m of summary.slice(0, 20_000).matchAll(/apolog(?:y|ies)(?: for (?:absence|non-attendance)(?: at the meeting)?)?(?: had been| were| was| have been| has been)?(?: (?:received|submitted|tendered|given|noted))? (?:from|on behalf of|by) /gi)) {
    const rest = summary.slice(m.index + m[0].length, m.index + m[0].length + 600);
    // The sentence ends at a full stop that is not an initial ("K. Evans").
    const end = /(?<![\s.][A-Z])\.(?:\s|$)|\bwith\b|;|\n/.exec(rest);
    const list = (end ? rest.slice(0, end.index) : rest).replace(/\s*\([^)]{0,120}\)/g, '').trim();
    names.push(...people(/^(?:Councillor|Cllr)s?\.?:?\s/i.test(list) ? list.replace(/^(?:Councillor|Cllr)s?\.?:?\s+/i, 'Councillors ') : list));
  }
  return names;
}

interface Unit {
  text: string;
  bullet: boolean;
  kind: 'discussion' | 'resolution';
  /** Which decision a resolution belongs to. */
  block: number;
}

function item(chunk: Chunk, words: Set<string>, warnings: ImportWarning[]): ImportedItem {
  const { number, title, confidence, why } = chunk;
  const titleText = squash(title.map((l, i) => (i === 0 ? l.text.replace(LEADING_NUMBER, (all, _n, _s, rest) => (number && rest !== undefined ? rest : number ? '' : all)) : l.text)).join(' ')) || squash(title.map((l) => l.text).join(' '));
  // ModernGov: what stands between the title and "Minutes:" is the agenda's description of the item.
  let body = chunk.body;
  const label = body.findIndex((l) => MINUTES_LABEL.test(l.text.trim()));
  if (label >= 0) {
    const agenda = body.slice(0, label + 1);
    body = body.slice(label + 1);
    const titleLines = new Set(title.map((l) => l.no));
    const own = agenda.filter((l) => !titleLines.has(l.no));
    if (own.length) warnings.push({ kind: 'agenda', message: `The agenda's words for item ${number || titleText.slice(0, 40)}, not part of its minute`, lines: own.map((l) => l.no) });
  }
  const units: Unit[] = [];
  let mode: Unit['kind'] = 'discussion';
  let block = 0;
  let previous: Line | null = null;
  for (const line of body) {
    const t = line.text.trim();
    const current = units[units.length - 1];
    const resolved = RESOLVED.exec(line.text);
    if (resolved) {
      mode = 'resolution';
      block++;
      if (resolved[1].trim()) units.push({ text: resolved[1].trim(), bullet: false, kind: 'resolution', block });
      previous = line;
      continue;
    }
    const numbered = NUMBERED.exec(line.text) ?? (mode === 'resolution' ? DASHED.exec(line.text) : null);
    if (numbered && (mode === 'resolution' || THAT.test(numbered[numbered.length - 1]) || /^that\b/i.test(numbered[numbered.length - 1]))) {
      if (mode !== 'resolution') block++;
      mode = 'resolution';
      units.push({ text: numbered[numbered.length - 1].trim(), bullet: false, kind: 'resolution', block });
      previous = line;
      continue;
    }
    const adjacent = previous !== null && line.gap === 0 && line.no === previous.no + 1;
    const lowerStart = /^[a-z]/.test(t);
    // A decision standing on its own without its label ("That the minutes … be approved"), in a paragraph of its own.
    if (THAT.test(t) && (line.gap > 0 || previous === null) && !(current && UNFINISHED.test(ending(current.text)))) {
      if (mode !== 'resolution') block++;
      mode = 'resolution';
      units.push({ text: t, bullet: false, kind: 'resolution', block });
      previous = line;
      continue;
    }
    // Bullets come as glyphs or, once the PDF's glyph is lost, as an indent (seed 003).
    const bullet = !lowerStart && (BULLET.test(line.text) || (mode === 'discussion' && /^\s+\S/.test(line.text)));
    // A line broken mid-sentence goes on: directly below, or across a blank line when it starts in lower
    // case or the line before stopped on a word that cannot end one ("households where / DA is a factor").
    // A resolution goes on until it ends as one does (". ", "; "), even across a blank line.
    const unfinishedResolution = mode === 'resolution' && current?.kind === 'resolution' && !/[.;:!?]["”’)]?$/.test(ending(current.text));
    if (current && (lowerStart || (!bullet && (adjacent || unfinishedResolution || UNFINISHED.test(ending(current.text)))))) {
      current.text = join(current.text, t, words);
    } else {
      const kind = mode === 'resolution' && (/^that\b/i.test(t) || !units.some((u) => u.kind === 'resolution' && u.block === block)) ? 'resolution' : 'discussion';
      if (kind === 'discussion') mode = 'discussion';
      units.push({ text: t.replace(BULLET, '').trim(), bullet, kind, block });
    }
    previous = line;
  }
  const discussion = units.filter((u) => u.kind === 'discussion');
  const summary = discussion
    .map((u, i) => (u.bullet ? `• ${squash(u.text)}` : `${i > 0 ? '\n' : ''}${squash(u.text)}`))
    .join('\n')
    .trim();
  const resolving = units.filter((u) => u.kind === 'resolution');
  const resolutions = resolving.map((u) => squash(u.text));
  const decisions = [...new Set(resolving.map((u) => u.block))].map((b) => ({ parts: resolving.filter((u) => u.block === b).map((u) => squash(u.text)) }));
  const undertakings = discussion.flatMap((u) => sentences(u.text)).filter((s) => /\bundert(ook|akes?|aken)\b/i.test(s));
  const workPlanChanges: ProposedWorkPlanChange[] = [];
  discussion.forEach((u, i) => {
    if (u.bullet || !/amendments?\s+to\s+the\s+(draft\s+)?(rolling\s+)?work\s*(plan|programme)/i.test(u.text.slice(0, 2000))) return;
    for (let j = i + 1; j < discussion.length && discussion[j].bullet; j++) workPlanChanges.push(change(squash(discussion[j].text)));
  });
  // Decisions that change the work programme: an item added, moved to another meeting, or taken off.
  for (const r of resolutions) {
    const t = r.slice(0, 2000);
    if (WORK_PLAN_ADD.test(t)) workPlanChanges.push({ ...change(r), kind: 'add' });
    else if (WORK_PLAN_MOVE.test(t)) workPlanChanges.push({ ...change(r), kind: 'defer' });
    else if (WORK_PLAN_DROP.test(t)) workPlanChanges.push({ ...change(r), kind: 'withdraw' });
  }
  const all = `${titleText} ${summary.slice(0, 2000)}`;
  return {
    number,
    title: titleText,
    summary,
    resolutions,
    decisions,
    undertakings,
    workPlanChanges,
    exempt: false,
    excludesPublic: /exclusion of (the )?press and public/i.test(titleText) || /section\s+100A\s*\(4\)/i.test(summary.slice(0, 5000)) || resolutions.some((r) => /section\s+100A\s*\(4\)/i.test(r.slice(0, 2000))),
    drawDown: /draw-?\s?down/i.test(titleText) || /draw-?\s?down process/i.test(summary.slice(0, 5000)),
    confirmsMinutesOf: /confirmation of (the )?minutes|^minutes\b|\bminutes of the (previous|last)? ?meeting/i.test(titleText) ? dateIn(all) : null,
    confidence,
    why,
    lines: [...new Set([...title, ...chunk.body].map((l) => l.no))],
  };
}

function change(text: string): ProposedWorkPlanChange {
  const kind: WorkPlanChangeKind = /\b(postpone|defer|put back|moved? to|brought forward)/i.test(text) ? 'defer' : /\b(remove|delete|withdraw|drop)/i.test(text) ? 'withdraw' : 'add';
  const when =
    /\[((?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)\s+\d{4})\]/i.exec(text)?.[1] ??
    /\b(?:until|to|in|for)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})/i.exec(text)?.[1] ??
    /\bfor the remainder of (\d{4}-\d{2})/i.exec(text)?.[1] ??
    /\bto the ((?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|next) meeting/i.exec(text)?.[1] ??
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
    const says = /\bEXEMPT\b/.test(`${items[i].title} ${items[i].summary.slice(0, 5000)} ${items[i].resolutions.join(' ').slice(0, 5000)}`) || /closed session/i.test(items[i].summary.slice(0, 5000));
    if (i === at + 1 || says) items[i].exempt = true;
    else warnings.push({ kind: 'check', message: `Item ${items[i].number} follows the exclusion of the press and public (item ${items[at].number}) but does not say it is exempt: imported as open; check before the minutes are published`, lines: [] });
  }
}
