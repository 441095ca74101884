// Date arithmetic over every year the file format accepts (0000–9999),
// checked against an independent civil-calendar algorithm (Howard Hinnant's
// days_from_civil), so years 0000–0099 are no longer read as 1900–1999.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayFromParts, daysInMonth, formatDay, isoFromDay, parseFuzzyDate, partsFromDay } from './dates';

/** Days since 1970-01-01 in the proleptic Gregorian calendar, without Date. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const lengthOf = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!);

const calendarDate = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= lengthOf(year, month));
/** Biased towards the first centuries, where Date.UTC went wrong. */
const earlyDate = fc
  .record({ year: fc.integer({ min: 0, max: 120 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= lengthOf(year, month));
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const isoOf = (d: { year: number; month: number; day: number }) => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;

describe('dates over years 0000–9999', () => {
  it('places 0044-03-15 in the year 44, not 1944', () => {
    const d = parseFuzzyDate('0044-03-15')!;
    expect(partsFromDay(d.first)).toEqual({ year: 44, month: 3, day: 15 });
    expect(isoFromDay(d.first)).toBe('0044-03-15');
    expect(formatDay(d.first)).toBe('15 Mar 44');
  });

  it('reads year 0000 as ISO 8601 does (1 BC, a leap year)', () => {
    const y = parseFuzzyDate('0000')!;
    expect(y.last - y.first + 1).toBe(366);
    expect(isoFromDay(y.first)).toBe('0000-01-01');
    expect(parseFuzzyDate('0000-02-29')).not.toBeNull();
    expect(parseFuzzyDate('0100-02-29')).toBeNull();
  });

  it('day numbers match the civil-calendar algorithm and round-trip', () => {
    for (const arb of [calendarDate, earlyDate]) {
      fc.assert(
        fc.property(arb, (d) => {
          const n = dayFromParts(d.year, d.month, d.day);
          expect(n).toBe(daysFromCivil(d.year, d.month, d.day));
          expect(partsFromDay(n)).toEqual(d);
          expect(isoFromDay(n)).toBe(isoOf(d));
          expect(parseFuzzyDate(isoOf(d))).toEqual({ iso: isoOf(d), precision: 'day', first: n, last: n });
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('months and years cover their true lengths, back to back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(daysInMonth(year, month)).toBe(lengthOf(year, month));
        const m = parseFuzzyDate(`${pad(year, 4)}-${pad(month, 2)}`)!;
        expect(m.last - m.first + 1).toBe(lengthOf(year, month));
        const y = parseFuzzyDate(pad(year, 4))!;
        expect(y.last - y.first + 1).toBe(isLeap(year) ? 366 : 365);
        if (year < 9999) expect(parseFuzzyDate(pad(year + 1, 4))!.first).toBe(y.last + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('the order of ISO strings is the order of day numbers', () => {
    fc.assert(
      fc.property(calendarDate, earlyDate, (a, b) => {
        const [ia, ib] = [isoOf(a), isoOf(b)];
        const [na, nb] = [dayFromParts(a.year, a.month, a.day), dayFromParts(b.year, b.month, b.day)];
        expect(Math.sign(na - nb)).toBe(ia < ib ? -1 : ia > ib ? 1 : 0);
      }),
    );
  });

  it('adding months stays in the calendar near year zero', () => {
    fc.assert(
      fc.property(earlyDate, fc.integer({ min: 0, max: 24 }), (d, k) => {
        const moved = partsFromDay(addMonths(dayFromParts(d.year, d.month, d.day), k));
        const total = d.year * 12 + d.month - 1 + k;
        expect(moved.year).toBe(Math.floor(total / 12));
        expect(moved.month).toBe((total % 12) + 1);
        expect(moved.day).toBe(Math.min(d.day, lengthOf(moved.year, moved.month)));
      }),
    );
  });
});
