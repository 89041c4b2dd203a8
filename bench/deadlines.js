// One million due-date computations through the pure calendar rules (built code in dist/).
import { loadBankHolidayCalendar } from '../dist/src/calendar/bank-holidays.js';
import { DEFAULT_CALENDAR_SETTINGS } from '../dist/src/calendar/calendar-settings.js';
import { deadlineFor, RULE_IDS } from '../dist/src/calendar/deadline.rules.js';

const COUNT = Number(process.env.BENCH_DEADLINES ?? 1_000_000);
const holidays = loadBankHolidayCalendar().lookup('england-and-wales');
const start = Date.parse('2016-01-01T00:00:00Z');
// Dates spread over 2016-2030, every rule in turn, explanations included.
const dates = Array.from({ length: 5_479 }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));

for (let i = 0; i < 20_000; i++) deadlineFor(RULE_IDS[i % RULE_IDS.length], dates[i % dates.length], DEFAULT_CALENDAR_SETTINGS, holidays);

const perRule = Object.fromEntries(RULE_IDS.map((id) => [id, 0]));
const began = process.hrtime.bigint();
let chars = 0;
for (let i = 0; i < COUNT; i++) {
  const rule = RULE_IDS[i % RULE_IDS.length];
  chars += deadlineFor(rule, dates[(i * 7919) % dates.length], DEFAULT_CALENDAR_SETTINGS, holidays).explanation.length;
  perRule[rule]++;
}
const seconds = Number(process.hrtime.bigint() - began) / 1e9;
console.log(`${COUNT.toLocaleString('en-GB')} deadlines (${RULE_IDS.length} rules, 2016-2030) in ${seconds.toFixed(2)} s: ${Math.round(COUNT / seconds).toLocaleString('en-GB')} per second (${(chars / COUNT).toFixed(0)} characters of explanation each)`);
