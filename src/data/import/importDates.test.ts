import { describe, expect, it } from 'vitest';
import { readImportDate } from './importDates';

describe('readImportDate', () => {
  it.each([
    ['2024', '2024'],
    ['2024-06', '2024-06'],
    ['2024-06-19', '2024-06-19'],
    ['2023-03-01T00:00:00Z', '2023-03-01'],
    ['2023-03-01 14:30', '2023-03-01'],
    ['2023-03-01T23:00:00-05:00', '2023-03-01'],
    ['2024/6/9', '2024-06-09'],
    ['2024.06', '2024-06'],
    ['19 Jun 2024', '2024-06-19'],
    ['17 Feb 2025', '2025-02-17'],
    ['June 19, 2024', '2024-06-19'],
    ['Sept. 2024', '2024-09'],
    [' 2022-03-16 ', '2022-03-16'],
    [2012, '2012'],
  ])('%j reads as %s', (raw, iso) => {
    expect(readImportDate(raw)).toEqual({ ok: true, iso });
  });

  it.each([
    ['2023-13-01', '"2023-13-01" is not a date'],
    ['2023-02-30', '"2023-02-30" is not a date'],
    ['03/04/2023', '"03/04/2023" is ambiguous (day first or month first?); write dates as YYYY-MM-DD'],
    ['soon', '"soon" is not a date'],
    ['Jun 2024 or so', '"Jun 2024 or so" is not a date'],
    [45000, '45000 looks like a spreadsheet day number, not a date; format the column as dates (YYYY-MM-DD) before saving'],
    [3.5, '3.5 is a number, not a date'],
    [true, 'true is not a date'],
  ])('%j is refused: %s', (raw, message) => {
    expect(readImportDate(raw)).toEqual({ ok: false, message });
  });

  it('treats blank and missing values as empty', () => {
    expect(readImportDate('  ')).toEqual({ ok: 'empty' });
    expect(readImportDate(undefined)).toEqual({ ok: 'empty' });
    expect(readImportDate(null)).toEqual({ ok: 'empty' });
  });
});
