// The made-up England of bench/national.js: which councils there are, which bodies serve them, and what
// each committee does in its year. Pure and seeded: the same arguments give the same country.
import { addDays, isWeekend } from '../dist/src/calendar/calendar.rules.js';

/** A small seeded generator (mulberry32): the same seed, the same year. */
export function seeded(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}

/**
 * The bodies serving more than one council, in England's numbers: 39 police forces, 44 fire and rescue
 * services, 21 county councils (each over 8 districts; the other councils are unitary and have none),
 * 12 probation regions and 42 integrated care boards.
 */
const SHARED = [
  { kind: 'police', count: 39, name: (n) => `Police Force ${n}` },
  { kind: 'fire_rescue', count: 44, name: (n) => `Fire and Rescue Service ${n}` },
  { kind: 'county_council', count: 21, name: (n) => `County Council ${n}`, districtsEach: 8 },
  { kind: 'probation', count: 12, name: (n) => `Probation Service Region ${n}` },
  { kind: 'health', count: 42, name: (n) => `Integrated Care Board ${n}` },
];

const two = (n) => String(n).padStart(2, '0');

/** A working day on or after `date` (not a weekend, not a bank holiday). */
export function workingDayFrom(date, holidays) {
  let day = date;
  while (isWeekend(day) || holidays(day)) day = addDays(day, 1);
  return day;
}

/** An evening meeting's day: a Tuesday, Wednesday or Thursday on or after `date`, not a bank holiday. */
function meetingDayFrom(date, holidays) {
  let day = date;
  for (;;) {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday >= 2 && weekday <= 4 && !holidays(day)) return day;
    day = addDays(day, 1);
  }
}

/**
 * The country: `councils` councils joining in three waves two weeks apart, each linked to its police
 * force, fire service, probation region, care board and (for districts) county; and each council's year
 * from the day it joins to `lastDay`: 4–6 meetings, a Regulation 9 notice on the first working day of
 * each month, and two draw-down requests from members.
 */
export function nationalPlan({ councils: count, firstDay, lastDay, seed, holidays }) {
  const random = seeded(seed);
  const bodies = SHARED.flatMap((kind) => Array.from({ length: kind.count }, (_, i) => ({ key: `${kind.kind}-${i}`, kind: kind.kind, name: kind.name(two(i + 1)), index: i, districtsEach: kind.districtsEach })));
  const countyCount = SHARED.find((k) => k.kind === 'county_council').count;
  const waveGap = 14;
  const councils = Array.from({ length: count }, (_, i) => {
    const joins = addDays(firstDay, waveGap * Math.floor((i * 3) / count));
    const county = i < countyCount * 8 ? Math.floor(i / 8) : null;
    const bodyKeys = [`police-${i % 39}`, `fire_rescue-${i % 44}`, `probation-${i % 12}`, `health-${i % 42}`, ...(county === null ? [] : [`county_council-${county}`])];
    // Meetings spread over what is left of the year, the first three weeks or more after joining.
    const meetingCount = random.int(4, 6);
    const firstMeeting = addDays(joins, 21 + random.int(0, 14));
    const span = (Date.parse(lastDay) - Date.parse(firstMeeting)) / 86_400_000 - 40;
    const meetings = Array.from({ length: meetingCount }, (_, m) => meetingDayFrom(addDays(firstMeeting, Math.floor((span * m) / meetingCount)), holidays));
    const notices = [];
    for (let month = firstDay.slice(0, 7); `${month}-01` <= lastDay; month = addDays(`${month}-28`, 7).slice(0, 7)) {
      const published = workingDayFrom(`${month}-01`, holidays);
      if (published >= joins && addDays(published, 1) <= lastDay) notices.push(published);
    }
    const drawDowns = [0, 1].map(() => workingDayFrom(addDays(firstMeeting, random.int(0, Math.max(1, span - 30))), holidays));
    // Each council's own draws (whom it asks, when it is answered): the same whichever council's work runs first.
    return { random: seeded(seed * 7_919 + i), index: i, slug: `council-${String(i + 1).padStart(3, '0')}`, name: `Council ${String(i + 1).padStart(3, '0')}`, joins, county, bodyKeys, meetings, notices, drawDowns };
  });
  return { bodies, councils };
}

/**
 * When an authority answers an obligation issued on `issuedOn` and due on `dueOn`: most before the due
 * date, a quarter late (after the reminders have started), a fifth never. Null for never.
 */
export function answerDay(random, issuedOn, dueOn) {
  const gap = Math.max(1, (Date.parse(dueOn) - Date.parse(issuedOn)) / 86_400_000);
  const roll = random.next();
  if (roll < 0.55) return addDays(issuedOn, random.int(1, Math.max(1, gap - 1)));
  if (roll < 0.8) return addDays(dueOn, random.int(1, 20));
  return null;
}
