/**
 * Activity over time: how many interactions begin in each month, for the
 * strip under the time slider.
 */
import { dayFromParts, partsFromDay } from './dates';

export interface MonthCount {
  /** First day of the month. */
  first: number;
  count: number;
}

/**
 * Counts interactions by the month their period begins, over the months of
 * [from, to]. Spans (offices held, memberships) are skipped: they are states,
 * not events, and would pile up at their start.
 */
export function monthlyActivity(
  items: readonly { first: number; span: boolean; included?: boolean }[],
  from: number,
  to: number,
): MonthCount[] {
  const a = partsFromDay(from);
  const b = partsFromDay(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (months <= 0) return [];
  const counts = new Array<number>(months).fill(0);
  for (const it of items) {
    if (it.span || it.included === false || it.first < from || it.first > to) continue;
    const p = partsFromDay(it.first);
    counts[(p.year - a.year) * 12 + (p.month - a.month)]! += 1;
  }
  return counts.map((count, k) => {
    const total = a.year * 12 + (a.month - 1) + k;
    return { first: dayFromParts(Math.floor(total / 12), (total % 12) + 1, 1), count };
  });
}
