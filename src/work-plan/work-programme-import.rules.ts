/**
 * A committee's work programme as councils publish it — a table (in Word or a PDF) of meetings and
 * the items for each, or a list under each meeting's date — into proposed work plan items for the
 * co-ordinator to accept. Pure.
 *
 * The readers give a table row as one line, its cells between bars (or tabs, from a PDF). A header
 * row names the columns (meeting or date, item or topic, lead officer, purpose); without one, the
 * cell holding a date is the meeting's and the first other cell the item's. A date on a line of its
 * own (a heading, a merged cell) is the meeting of the items below it.
 */
import type { IsoDate } from '../common/time/dates.js';
import { writtenDate } from '../common/time/written-dates.js';
import type { Basis, Category } from './work-plan.rules.js';

export interface ProposedItem {
  title: string;
  /** The meeting's date, or the first day of the month or season given; null when none is given. */
  meetingOn: IsoDate | null;
  /** The meeting as written ("14 June 2023", "Autumn 2023", "TBC"). */
  when: string | null;
  leadOfficer: string | null;
  notes: string | null;
  basis: Basis;
  category: Category;
  lines: number[];
}

export interface ImportedWorkProgramme {
  items: ProposedItem[];
  warnings: string[];
}

type Column = 'when' | 'title' | 'lead' | 'notes';

const HEADER: [RegExp, Column][] = [
  [/^(meeting(s)?( date)?|date( of meeting)?|committee date|when|month)$/i, 'when'],
  [/^(item|items|topic|subject|title|report( title)?|agenda item|issue|business|matter)s?$/i, 'title'],
  [/^(lead( officer| member| author)?|officer|responsible( officer)?|author|report author|contact|presented by|who|by)$/i, 'lead'],
  [/^(purpose|notes?|comments?|description|reason|outcome|scope|details|status|type)$/i, 'notes'],
];
const SEASON = /\b(spring|summer|autumn|winter)\s+(\d{4})\b/i;
const SEASON_MONTH: Record<string, string> = { spring: '03', summer: '06', autumn: '09', winter: '12' };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What an item is, in the committee's own headings, from its title. */
export function categoryOf(title: string): Category {
  const t = title.toLowerCase();
  if (/strategic (intelligence )?assessment/.test(t)) return 'strategic_assessment';
  if (/community safety (strategy|plan|agreement)|partnership plan/.test(t)) return /refresh|review/.test(t) ? 'strategy_refresh' : 'community_safety_strategy';
  if (/police and crime panel|pcp\b/.test(t)) return 'police_and_crime_panel_update';
  if (/performance|quarterly|figures/.test(t)) return 'performance_report';
  if (/crime (data|statistics|figures)/.test(t)) return 'crime_data';
  if (/draw-?\s?down/.test(t)) return 'draw_down';
  if (/police|fire|probation|health|partner|update/.test(t)) return 'partner_update';
  return 'other';
}

/** The annual scrutiny of the partnership the law requires (reg 5), or the committee's own choice. */
function basisOf(title: string): Basis {
  return /community safety partnership|\bcsp\b|crime and disorder (reduction )?partnership|strategic assessment|annual (report|scrutiny) of the partnership/i.test(title) ? 'statutory' : 'discretionary';
}

function cellsOf(line: string): string[] {
  return line.split(/\s*\|\s*|\t+/).map((c) => squash(c));
}

/** A meeting in a cell or heading: a date, a month, a season; "TBC" is no date. */
function whenOf(text: string): { date: IsoDate | null; written: string } | null {
  const t = squash(text);
  if (!t || t.length > 80) return null;
  const written = writtenDate(t);
  if (written.date) return { date: written.date, written: t };
  const season = SEASON.exec(t);
  if (season) return { date: `${season[2]}-${SEASON_MONTH[season[1].toLowerCase()]}-01`, written: t };
  if (/^(tbc|tba|to be (confirmed|arranged|scheduled)|unscheduled|future (items|meetings?)|items? to be scheduled)$/i.test(t)) return { date: null, written: t };
  return null;
}

/** Read by its rows and lines: the readers give a table row as one line, so their hints are not needed. */
export function importWorkProgramme(text: string): ImportedWorkProgramme {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const items: ProposedItem[] = [];
  const warnings: string[] = [];
  let columns: Column[] | null = null;
  let current: { date: IsoDate | null; written: string } | null = null;

  lines.forEach((raw, i) => {
    const no = i + 1;
    const line = raw.length > 2000 ? raw.slice(0, 2000) : raw;
    if (!line.trim()) return;
    const cells = cellsOf(line);
    if (cells.length >= 2) {
      const header = cells.map((c) => HEADER.find(([re]) => re.test(c))?.[1] ?? null);
      if (header.filter(Boolean).length >= 2 && header.includes('title')) {
        columns = header.map((h) => h ?? 'notes');
        return;
      }
      const by: Partial<Record<Column, string>> = {};
      if (columns) (columns as Column[]).forEach((c, k) => (by[c] = by[c] ?? cells[k]));
      else {
        const at = cells.findIndex((c) => whenOf(c));
        if (at >= 0) by.when = cells[at];
        const rest = cells.filter((_, k) => k !== at && cells[k]);
        by.title = rest[0];
        by.lead = rest[1];
        by.notes = rest.slice(2).join('; ') || undefined;
      }
      if (by.when) {
        const when = whenOf(by.when);
        if (when) current = when;
        else if (!columns) by.title = by.title ?? by.when;
      }
      const title = squash(by.title ?? '');
      if (!title || whenOf(title)) return;
      items.push({
        title: title.slice(0, 300),
        meetingOn: current?.date ?? null,
        when: current?.written ?? null,
        leadOfficer: by.lead ? by.lead.slice(0, 200) : null,
        notes: by.notes ? by.notes.slice(0, 2000) : null,
        basis: basisOf(title),
        category: categoryOf(title),
        lines: [no],
      });
      return;
    }
    // A line of its own: the meeting the items below are for, or (under one) an item listed.
    const t = squash(line.replace(/^[•●▪◦*-]\s*/, '').replace(/^\d{1,2}[.)]\s+/, ''));
    const heading = whenOf(t.replace(/^(meeting|committee)( date)?\s*[:-]?\s*/i, '')) ?? (/^(meeting|committee)\b/i.test(t) ? whenOf(t.replace(/^.*?[:-]\s*/, '')) : null);
    if (heading && t.length <= 80) {
      current = heading;
      return;
    }
    if (current && t.length <= 150 && !/[.:]$/.test(t) && /^[A-Z0-9‘'"“(]/.test(t)) {
      items.push({ title: t, meetingOn: current.date, when: current.written, leadOfficer: null, notes: null, basis: basisOf(t), category: categoryOf(t), lines: [no] });
    }
  });
  if (!items.length) warnings.push('No items were found: a work programme is read as a table (meeting, item, lead officer) or as a list of items under each meeting');
  const undated = items.filter((i) => !i.meetingOn);
  if (undated.length) warnings.push(`${undated.length} item${undated.length === 1 ? ' has' : 's have'} no meeting date (${undated.slice(0, 3).map((i) => `"${i.title}"`).join(', ')}): each can be added once the committee has agreed when to take it`);
  return { items, warnings };
}
