import { describe, expect, it } from '@jest/globals';
import { BankHolidayCalendar, libraryBankHolidays, loadBankHolidayCalendar } from './bank-holidays.js';
import { DIVISIONS } from './calendar-settings.js';

const calendar = loadBankHolidayCalendar();

// statutory-rules.md §7 for 2016-2027; 2028-2030 by the same rules (Easter, first and last Mondays, substitutes).
const ENGLAND_AND_WALES: Record<number, string> = {
  2016: '01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27',
  2017: '01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26',
  2018: '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26',
  2019: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
  2020: '01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28',
  2021: '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28',
  2022: '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27',
  2023: '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26',
  2024: '01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26',
  2025: '01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26',
  2026: '01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28',
  2027: '01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28',
  2028: '01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26',
  2029: '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26',
  2030: '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26',
};

describe('bank holidays of England and Wales', () => {
  it.each(Object.entries(ENGLAND_AND_WALES))('%s', (year, dates) => {
    const listed = calendar.list('england-and-wales', Number(year));
    expect(listed.map((h) => h.date.slice(5)).join(' ')).toBe(dates);
    expect(listed.every((h) => h.source === 'shipped')).toBe(true);
  });

  it('includes the one-off days and names substitutes', () => {
    const lookup = calendar.lookup('england-and-wales');
    expect(lookup('2020-05-08')).toMatch(/VE day/);
    expect(lookup('2022-06-03')).toMatch(/Jubilee/);
    expect(lookup('2022-09-19')).toMatch(/Funeral/);
    expect(lookup('2023-05-08')).toMatch(/Coronation/);
    expect(lookup('2020-05-04')).toBeUndefined();
    expect(calendar.list('england-and-wales', 2026).find((h) => h.date === '2026-12-28')).toMatchObject({ title: 'Boxing Day', notes: 'Substitute day' });
  });
});

describe('Scotland and Northern Ireland', () => {
  it('have days England does not', () => {
    expect(calendar.lookup('scotland')('2026-11-30')).toMatch(/St Andrew/);
    expect(calendar.lookup('scotland')('2026-01-02')).toBeDefined();
    expect(calendar.lookup('scotland')('2026-08-03')).toMatch(/Summer/);
    expect(calendar.lookup('northern-ireland')('2026-03-17')).toMatch(/St Patrick/);
    expect(calendar.lookup('northern-ireland')('2026-07-13')).toMatch(/Boyne/);
    const england = calendar.lookup('england-and-wales');
    for (const date of ['2026-11-30', '2026-01-02', '2026-08-03', '2026-03-17', '2026-07-13']) expect(england(date)).toBeUndefined();
  });

  it('do not have days England has', () => {
    expect(calendar.lookup('scotland')('2026-04-06')).toBeUndefined(); // Easter Monday
    expect(calendar.lookup('scotland')('2026-08-31')).toBeUndefined(); // English summer bank holiday
  });
});

describe('beyond the shipped years', () => {
  it('ships 2016 to 2030 for every division', () => {
    for (const division of DIVISIONS) expect(calendar.shippedYears(division)).toEqual({ first: 2016, last: 2030 });
  });

  it('asks the library, for the same division', () => {
    const listed = calendar.list('england-and-wales', 2031);
    expect(listed.every((h) => h.source === 'library')).toBe(true);
    expect(listed.map((h) => h.date)).toContain('2031-08-25');
    expect(calendar.lookup('scotland')('2031-12-01')).toMatch(/St Andrew/); // substitute for Sunday 30 November
  });

  it('the library agrees with the shipped official list on every shipped year, or the difference is listed', () => {
    // Where the library differs, the shipped list wins; each known difference is named here.
    const knownDifferences: string[] = [];
    const differences: string[] = [];
    for (const division of DIVISIONS) {
      for (let year = 2016; year <= 2030; year++) {
        const shipped = new Set(calendar.list(division, year).map((h) => h.date));
        const library = new Set(libraryBankHolidays(division, year).map((h) => h.date));
        for (const date of shipped) if (!library.has(date)) differences.push(`${division} ${date} only in the shipped list`);
        for (const date of library) if (!shipped.has(date)) differences.push(`${division} ${date} only in the library`);
      }
    }
    expect(differences).toEqual(knownDifferences);
  });
});

describe('operator additions', () => {
  it('add a new one-off day on top of the shipped list without a code change', () => {
    const withExtra = new BankHolidayCalendar(
      { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'New Year’s Day', date: '2027-01-01', notes: '', bunting: true }] } },
      { 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'A one-off bank holiday', date: '2027-06-07', notes: '', bunting: true }] } },
    );
    expect(withExtra.lookup('england-and-wales')('2027-06-07')).toBe('A one-off bank holiday');
    expect(withExtra.list('england-and-wales', 2027).map((h) => h.source)).toEqual(['shipped', 'local']);
  });
});
