/**
 * Dates with precision. Time inside Tieline is a whole number of days since
 * 1970-01-01 (UTC), so comparisons are integer comparisons and no time zone
 * can shift a date by one.
 */

/** How much of a date the source gives; `decade` is "the 1950s" (written `195x`). */
export type Precision = 'decade' | 'year' | 'month' | 'day';

/**
 * How the source words a date beyond its precision: `approximate` ("over four
 * decades", written "c. 1981") or `as-of` (a running total or state reported on
 * that date, written "as of 16 Mar 2022").
 */
export type DateQualifier = 'approximate' | 'as-of';

/** The qualifiers a graph file may give a date. */
export const DATE_QUALIFIERS = ['approximate', 'as-of'] as const satisfies readonly DateQualifier[];

/** A parsed `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the whole period it names. */
export interface FuzzyDate {
  iso: string;
  precision: Precision;
  /** First day of the period. */
  first: number;
  /** Last day of the period (inclusive). */
  last: number;
  /** How the source words it, when it says more than the period. */
  qualifier?: DateQualifier;
}

const MS_PER_DAY = 86_400_000;
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Milliseconds of a UTC calendar date. Not `Date.UTC`: it reads years 0–99
 * as 1900–1999, and the file format accepts every year from 0000 (ISO 8601's
 * year zero, 1 BC) to 9999.
 */
function utcMs(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Day number of a calendar date (month 1–12), for every year 0000–9999. */
export function dayFromParts(year: number, month: number, day: number): number {
  return Math.round(utcMs(year, month - 1, day) / MS_PER_DAY);
}

/** Calendar parts of a day number. */
export function partsFromDay(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

const YEAR_MONTH_DAY = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;
const DECADE_DIGITS = String.raw`\d{3}`;

/**
 * The written form of a date whose length is its precision: `YYYY`, `YYYY-MM`
 * or `YYYY-MM-DD`. The form only: `parseFuzzyDate` also checks the calendar.
 */
export const FUZZY_DATE_FORM = new RegExp(`^${YEAR_MONTH_DAY}$`);

/** A decade written `195x` (the three digits captured): the form `parseDateAsWritten` accepts besides `FUZZY_DATE_FORM`. */
export const DECADE_FORM = new RegExp(`^(${DECADE_DIGITS})x$`);

/** Any date form a graph file may hold: `FUZZY_DATE_FORM` or `DECADE_FORM`. */
export const DATE_AS_WRITTEN_FORM = new RegExp(`^(${YEAR_MONTH_DAY}|${DECADE_DIGITS}x)$`);

/**
 * Parses a date whose length is its precision. Returns `null` for anything
 * that is not a real calendar date (`2023-13-01`, `2023-02-30`, `23-1-1`).
 */
export function parseFuzzyDate(iso: string): FuzzyDate | null {
  if (!FUZZY_DATE_FORM.test(iso)) return null;
  const year = Number(iso.slice(0, 4));
  if (iso.length === 4) {
    return { iso, precision: 'year', first: dayFromParts(year, 1, 1), last: dayFromParts(year, 12, 31) };
  }
  const month = Number(iso.slice(5, 7));
  if (month < 1 || month > 12) return null;
  if (iso.length === 7) {
    return {
      iso,
      precision: 'month',
      first: dayFromParts(year, month, 1),
      last: dayFromParts(year, month, daysInMonth(year, month)),
    };
  }
  const day = Number(iso.slice(8, 10));
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const n = dayFromParts(year, month, day);
  return { iso, precision: 'day', first: n, last: n };
}

/** `2024-06-19` for a day number. */
export function isoFromDay(day: number): string {
  const p = partsFromDay(day);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** "17 Feb 2025". */
export function formatDay(day: number): string {
  const p = partsFromDay(day);
  return `${p.day} ${MONTHS_SHORT[p.month - 1]} ${p.year}`;
}

/** "Feb 2025". */
export function formatMonth(day: number): string {
  const p = partsFromDay(day);
  return `${MONTHS_SHORT[p.month - 1]} ${p.year}`;
}

/** A fuzzy date in words at its own precision: "2024", "Mar 2022", "17 Feb 2025". */
export function formatFuzzy(date: FuzzyDate): string {
  if (date.precision === 'decade' || date.qualifier) return formatAsWritten(date);
  if (date.precision === 'year') return String(partsFromDay(date.first).year);
  if (date.precision === 'month') return formatMonth(date.first);
  return formatDay(date.first);
}

/**
 * A span of days in words, as short as stays unambiguous:
 * "1 – 31 Mar 2022", "1 Mar – 31 May 2022", "17 Dec 2024 – 3 Jan 2025".
 */
export function formatDayRange(first: number, last: number): string {
  if (first === last) return formatDay(first);
  const a = partsFromDay(first);
  const b = partsFromDay(last);
  if (a.year !== b.year) return `${formatDay(first)} – ${formatDay(last)}`;
  if (a.month !== b.month) return `${a.day} ${MONTHS_SHORT[a.month - 1]} – ${formatDay(last)}`;
  return `${a.day} – ${formatDay(last)}`;
}

/** "Mar 2022 – May 2022" (months only), for a window shown at month scale. */
export function formatMonthRange(first: number, last: number): string {
  const a = formatMonth(first);
  const b = formatMonth(last);
  return a === b ? a : `${a} – ${b}`;
}

/** Adds whole months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const p = partsFromDay(day);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayFromParts(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** First day of the month containing `day`. */
export function startOfMonth(day: number): number {
  const p = partsFromDay(day);
  return dayFromParts(p.year, p.month, 1);
}

/** Today's day number (UTC), for defaults only; domain functions never read the clock otherwise. */
export function dayFromDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * Parses any date a graph file may hold: a decade (`195x`, "the 1950s") or
 * what `parseFuzzyDate` reads, with an optional qualifier. Returns `null` for
 * anything else.
 */
export function parseDateAsWritten(iso: string, qualifier?: DateQualifier): FuzzyDate | null {
  const m = DECADE_FORM.exec(iso);
  const parsed: FuzzyDate | null = m
    ? (() => {
        const start = Number(m[1]) * 10;
        return { iso, precision: 'decade' as const, first: dayFromParts(start, 1, 1), last: dayFromParts(start + 9, 12, 31) };
      })()
    : parseFuzzyDate(iso);
  if (parsed && qualifier) parsed.qualifier = qualifier;
  return parsed;
}

/** "1950s", "c. 1981", "as of 16 Mar 2022": the date as the source words it. */
export function formatAsWritten(date: FuzzyDate): string {
  const plain =
    date.precision === 'decade'
      ? `${partsFromDay(date.first).year}s`
      : formatFuzzy({ iso: date.iso, precision: date.precision, first: date.first, last: date.last });
  if (date.qualifier === 'approximate') return `c. ${plain}`;
  if (date.qualifier === 'as-of') return `as of ${plain}`;
  return plain;
}
