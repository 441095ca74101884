import { describe, expect, it } from 'vitest';
import {
  addMonths,
  DATE_AS_WRITTEN_FORM,
  dayFromParts,
  formatDay,
  FUZZY_DATE_FORM,
  formatAsWritten,
  formatDayRange,
  formatFuzzy,
  formatMonthRange,
  isoFromDay,
  parseDateAsWritten,
  parseFuzzyDate,
} from './dates';

describe('the written date forms', () => {
  it('a fuzzy date is YYYY, YYYY-MM or YYYY-MM-DD; a date as written may also be a decade', () => {
    for (const ok of ['2024', '2024-06', '2024-06-19']) {
      expect(FUZZY_DATE_FORM.test(ok)).toBe(true);
      expect(DATE_AS_WRITTEN_FORM.test(ok)).toBe(true);
    }
    expect(FUZZY_DATE_FORM.test('195x')).toBe(false);
    expect(DATE_AS_WRITTEN_FORM.test('195x')).toBe(true);
    for (const bad of ['2024-6', '24-06-19', '2024-06-19T00:00', '19x', '2024x', ' 2024']) {
      expect(FUZZY_DATE_FORM.test(bad)).toBe(false);
      expect(DATE_AS_WRITTEN_FORM.test(bad)).toBe(false);
    }
  });
});

describe('parseFuzzyDate', () => {
  it('reads a year as the whole year', () => {
    const d = parseFuzzyDate('2024')!;
    expect(d.precision).toBe('year');
    expect(isoFromDay(d.first)).toBe('2024-01-01');
    expect(isoFromDay(d.last)).toBe('2024-12-31');
  });

  it('reads a month as the whole month, leap years included', () => {
    const d = parseFuzzyDate('2024-02')!;
    expect(d.precision).toBe('month');
    expect(isoFromDay(d.first)).toBe('2024-02-01');
    expect(isoFromDay(d.last)).toBe('2024-02-29');
    expect(isoFromDay(parseFuzzyDate('2023-02')!.last)).toBe('2023-02-28');
  });

  it('reads a day as one day', () => {
    const d = parseFuzzyDate('2022-03-15')!;
    expect(d.precision).toBe('day');
    expect(d.first).toBe(d.last);
    expect(isoFromDay(d.first)).toBe('2022-03-15');
  });

  it.each(['2023-13-01', '2023-02-30', '2023-00', '23-1-1', '2023-1-01', '2023-04-31', '', 'March 2022', '2022-03-15T00:00'])(
    'rejects %j',
    (s) => {
      expect(parseFuzzyDate(s)).toBeNull();
    },
  );

  it('keeps dates before 1970 (relations established in 1950)', () => {
    const d = parseFuzzyDate('1950-01-30')!;
    expect(d.first).toBeLessThan(0);
    expect(isoFromDay(d.first)).toBe('1950-01-30');
  });
});

describe('formatting', () => {
  it('writes dates in words at their own precision', () => {
    expect(formatFuzzy(parseFuzzyDate('2024')!)).toBe('2024');
    expect(formatFuzzy(parseFuzzyDate('2022-03')!)).toBe('Mar 2022');
    expect(formatFuzzy(parseFuzzyDate('2025-02-17')!)).toBe('17 Feb 2025');
    expect(formatDay(dayFromParts(2025, 2, 17))).toBe('17 Feb 2025');
  });

  it('writes ranges as short as stays unambiguous', () => {
    expect(formatDayRange(dayFromParts(2022, 3, 1), dayFromParts(2022, 5, 31))).toBe('1 Mar – 31 May 2022');
    expect(formatDayRange(dayFromParts(2022, 3, 1), dayFromParts(2022, 3, 31))).toBe('1 – 31 Mar 2022');
    expect(formatDayRange(dayFromParts(2024, 12, 17), dayFromParts(2025, 1, 3))).toBe('17 Dec 2024 – 3 Jan 2025');
    expect(formatMonthRange(dayFromParts(2022, 3, 1), dayFromParts(2022, 5, 31))).toBe('Mar 2022 – May 2022');
  });
});

describe('addMonths', () => {
  it('clamps to the end of shorter months', () => {
    expect(isoFromDay(addMonths(dayFromParts(2024, 1, 31), 1))).toBe('2024-02-29');
    expect(isoFromDay(addMonths(dayFromParts(2024, 3, 31), -1))).toBe('2024-02-29');
    expect(isoFromDay(addMonths(dayFromParts(2022, 11, 15), 3))).toBe('2023-02-15');
    expect(isoFromDay(addMonths(dayFromParts(2022, 1, 15), -13))).toBe('2020-12-15');
  });
});

describe('dates as the source words them', () => {
  it('reads a decade (195x) as the whole decade and writes it "1950s"', () => {
    const d = parseDateAsWritten('195x')!;
    expect(d.precision).toBe('decade');
    expect(isoFromDay(d.first)).toBe('1950-01-01');
    expect(isoFromDay(d.last)).toBe('1959-12-31');
    expect(formatFuzzy(d)).toBe('1950s');
  });

  it('reads every form parseFuzzyDate reads, and rejects what it rejects', () => {
    expect(parseDateAsWritten('2022-03-16')).toEqual(parseFuzzyDate('2022-03-16'));
    for (const bad of ['19x', '195X', '1950s', '19xx', '2023-02-30', 'c. 1981']) expect(parseDateAsWritten(bad)).toBeNull();
  });

  it('writes an approximate date "c. 1981" and an as-of date "as of 16 Mar 2022", keeping the period', () => {
    const approx = parseDateAsWritten('1981', 'approximate')!;
    expect(formatFuzzy(approx)).toBe('c. 1981');
    expect(formatAsWritten(approx)).toBe('c. 1981');
    expect(isoFromDay(approx.first)).toBe('1981-01-01');
    const asOf = parseDateAsWritten('2022-03-16', 'as-of')!;
    expect(formatFuzzy(asOf)).toBe('as of 16 Mar 2022');
    expect(asOf.first).toBe(asOf.last);
    expect(formatFuzzy(parseDateAsWritten('2022-03', 'as-of')!)).toBe('as of Mar 2022');
  });
});
