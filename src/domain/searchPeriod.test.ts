import { describe, expect, it } from 'vitest';
import { isoFromDay } from './dates';
import { parsePeriod } from './searchPeriod';

const read = (q: string) => {
  const { period, rest } = parsePeriod(q);
  return period ? `${period.label} ${isoFromDay(period.first)}..${isoFromDay(period.last)} | ${rest}` : `none | ${rest}`;
};

describe('parsePeriod', () => {
  it('reads years, months and days as people write them', () => {
    expect(read('2024')).toBe('2024 2024-01-01..2024-12-31 | ');
    expect(read('March 2022')).toBe('Mar 2022 2022-03-01..2022-03-31 | ');
    expect(read('calls in mar 2022')).toBe('Mar 2022 2022-03-01..2022-03-31 | calls in');
    expect(read('16 March 2022')).toBe('16 Mar 2022 2022-03-16..2022-03-16 | ');
    expect(read('March 16th, 2022 kuleba')).toBe('16 Mar 2022 2022-03-16..2022-03-16 | kuleba');
    expect(read('2022-03')).toBe('Mar 2022 2022-03-01..2022-03-31 | ');
    expect(read('Q3 2024')).toBe('Q3 2024 2024-07-01..2024-09-30 | ');
    expect(read('feb 2024')).toBe('Feb 2024 2024-02-01..2024-02-29 | ');
  });

  it('leaves other numbers and impossible dates alone', () => {
    expect(read('4,600 people')).toBe('none | 4,600 people');
    expect(read('g7')).toBe('none | g7');
    expect(read('31 feb 2024')).toBe('Feb 2024 2024-02-01..2024-02-29 | 31');
  });
});
