/**
 * Dates as people's files write them, turned into Tieline's ISO form whose
 * length is its precision. Only unambiguous forms are accepted: `03/04/2023`
 * could be 3 April or March 4, so it is refused with a message saying so.
 */
import { FUZZY_DATE_FORM, parseFuzzyDate } from '../../domain/dates';
import { describeValue } from '../problems';

export type DateReading = { ok: true; iso: string } | { ok: false; message: string } | { ok: 'empty' };

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for a month's English name or its three- or four-letter abbreviation ("Sep", "Sept."), else 0. */
function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length >= 3 && w.length <= 4 && m.startsWith(w)));
  return i + 1;
}

const pad = (n: string | number) => String(n).padStart(2, '0');

function checked(iso: string, raw: unknown): DateReading {
  return parseFuzzyDate(iso) ? { ok: true, iso } : { ok: false, message: `${describeValue(raw)} is not a date` };
}

/**
 * Reads one date value from an imported file: `2024`, `2024-06`,
 * `2024-06-19`, a timestamp such as `2023-03-01T00:00:00Z` (its day as
 * written), `2024/6/19`, `19 Jun 2024`, `June 2024`, `June 19, 2024`, or a
 * four-digit year as a number.
 */
export function readImportDate(raw: unknown): DateReading {
  if (raw === undefined || raw === null) return { ok: 'empty' };
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 1000 && raw <= 9999) return checked(String(raw), raw);
    if (Number.isInteger(raw) && raw > 10_000 && raw < 80_000) {
      return { ok: false, message: `${raw} looks like a spreadsheet day number, not a date; format the column as dates (YYYY-MM-DD) before saving` };
    }
    return { ok: false, message: `${describeValue(raw)} is a number, not a date` };
  }
  if (typeof raw !== 'string') return { ok: false, message: `${describeValue(raw)} is not a date` };
  const s = raw.trim();
  if (s === '') return { ok: 'empty' };
  if (FUZZY_DATE_FORM.test(s)) return checked(s, raw);
  let m = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) return checked(`${m[1]}-${m[2]}-${m[3]}`, raw);
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(s);
  if (m) return checked(m[3] === undefined ? `${m[1]}-${pad(m[2]!)}` : `${m[1]}-${pad(m[2]!)}-${pad(m[3])}`, raw);
  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(s)) {
    return { ok: false, message: `${describeValue(raw)} is ambiguous (day first or month first?); write dates as YYYY-MM-DD` };
  }
  m = /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/.exec(s);
  if (m && monthNumber(m[2]!)) return checked(`${m[3]}-${pad(monthNumber(m[2]!))}-${pad(m[1]!)}`, raw);
  m = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m && monthNumber(m[1]!)) return checked(`${m[3]}-${pad(monthNumber(m[1]!))}-${pad(m[2]!)}`, raw);
  m = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(s);
  if (m && monthNumber(m[1]!)) return checked(`${m[2]}-${pad(monthNumber(m[1]!))}`, raw);
  return { ok: false, message: `${describeValue(raw)} is not a date` };
}

/** True when a value reads as a date: used to guess which field holds the dates. */
export function looksLikeDate(raw: unknown): boolean {
  return readImportDate(raw).ok === true;
}
