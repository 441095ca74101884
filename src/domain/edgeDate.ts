/**
 * An interaction's date in words, as the sources give it: shared by every
 * view that lists interactions, so precision, disputes and outside values
 * read the same everywhere.
 */
import { formatFuzzy } from './dates';
import type { Interaction } from './model';
import { EDGE_KIND_INFO } from './vocabulary';

/**
 * The date as the sources give it, for every view that lists interactions:
 * "17 Feb 2025", "Mar 2022", "1950s – 1991", "as of 16 Mar 2022", "Sep 2024 – now"
 * for spans, "between 2024 and 6 Mar 2025" for a point event known only to a
 * window, "16 Mar 2022 or 17 Mar 2022" where the sources disagree, and
 * "(not from the sources)" after a date taken from elsewhere.
 */
export function edgeDateText(e: Interaction): string {
  return `${edgeDateOnly(e)}${e.outside?.some((f) => f === 'date' || f === 'end') ? ` ${NOT_FROM_SOURCES}` : ''}`;
}

/** Marks a value that is not from the cited sources, wherever it is shown. */
export const NOT_FROM_SOURCES = '(not from the sources)';

/** The date without the outside marker. */
export function edgeDateOnly(e: Interaction): string {
  if (e.dateClaims) return e.dateClaims.map((c) => formatFuzzy(c.date)).join(' or ');
  const span = EDGE_KIND_INFO[e.kind].span;
  if (e.end) {
    const a = formatFuzzy(e.date);
    const b = formatFuzzy(e.end);
    if (a === b) return a;
    return span ? `${a} – ${b}` : `between ${a} and ${b}`;
  }
  if (e.last > 9_000_000) return `${formatFuzzy(e.date)} – now`;
  return formatFuzzy(e.date);
}

