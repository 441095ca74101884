/**
 * Ticks for the slider's scale: every month with a label per year for a few
 * years; years (labelled every 5 or 10) for long ranges.
 */
import { dayFromParts, partsFromDay } from '../../domain/dates';

export interface Tick {
  day: number;
  major: boolean;
  label?: string;
}

/** Ticks inside [first, last]. */
export function sliderTicks(first: number, last: number): Tick[] {
  const a = partsFromDay(first);
  const b = partsFromDay(last);
  const years = b.year - a.year + 1;
  const ticks: Tick[] = [];
  if (years <= 8) {
    for (let y = a.year; y <= b.year; y++) {
      for (let m = 1; m <= 12; m++) {
        const day = dayFromParts(y, m, 1);
        if (day < first || day > last) continue;
        ticks.push(m === 1 ? { day, major: true, label: String(y) } : { day, major: false });
      }
    }
    if (ticks[0]?.label === undefined && ticks.length) ticks.unshift({ day: first, major: true, label: String(a.year) });
    return ticks;
  }
  const labelEvery = years > 40 ? 10 : 5;
  for (let y = a.year; y <= b.year; y++) {
    const day = dayFromParts(y, 1, 1);
    if (day < first || day > last) continue;
    const labelled = y % labelEvery === 0;
    ticks.push(labelled ? { day, major: true, label: String(y) } : { day, major: false });
  }
  return ticks;
}
