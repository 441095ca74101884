/**
 * What part of time a person is looking at: everything up to a date
 * (cumulative) or the last N days or months up to it (window).
 */
import { addMonths, formatDay, formatDayRange, formatMonthRange, partsFromDay, daysInMonth } from './dates';

export type TimeMode = 'cumulative' | 'window';
export type WindowUnit = 'day' | 'month';

export interface WindowSize {
  amount: number;
  unit: WindowUnit;
}

export interface TimeView {
  mode: TimeMode;
  /** The current date (day number): the last day in view. */
  day: number;
  window: WindowSize;
}

/** Inclusive day bounds; `from` is -Infinity in cumulative mode. */
export interface Bounds {
  from: number;
  to: number;
}

/** The first day inside a window of `size` that ends on `day`. */
export function windowStart(day: number, size: WindowSize): number {
  const amount = Math.max(1, Math.floor(size.amount));
  return size.unit === 'day' ? day - amount + 1 : addMonths(day, -amount) + 1;
}

/** The days a view covers. */
export function boundsOf(view: TimeView): Bounds {
  return {
    from: view.mode === 'cumulative' ? Number.NEGATIVE_INFINITY : windowStart(view.day, view.window),
    to: view.day,
  };
}

/** Whether an interaction counting over [first, last] is in the bounds (periods overlap). */
export function overlaps(first: number, last: number, bounds: Bounds): boolean {
  return first <= bounds.to && last >= bounds.from;
}

function isLastDayOfMonth(day: number): boolean {
  const p = partsFromDay(day);
  return p.day === daysInMonth(p.year, p.month);
}

/**
 * The view in words: "17 Feb 2025" (cumulative: "up to" is implied by the
 * mode label), "Mar 2022 – May 2022" for whole-month windows, otherwise
 * "1 Mar – 31 May 2022".
 */
export function describeView(view: TimeView): string {
  if (view.mode === 'cumulative') return formatDay(view.day);
  const from = windowStart(view.day, view.window);
  if (view.window.unit === 'month' && partsFromDay(from).day === 1 && isLastDayOfMonth(view.day)) {
    return formatMonthRange(from, view.day);
  }
  return formatDayRange(from, view.day);
}

/** The mode in words, for captions: "Everything up to", "3-month window". */
export function describeMode(view: TimeView): string {
  if (view.mode === 'cumulative') return 'Everything up to';
  const { amount, unit } = view.window;
  return `${amount}-${unit} window`;
}
