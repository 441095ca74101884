/** Why a whole draft is refused before anything is built: too big, or times that are not dates. */
import { quote } from '../problems';
import type { Draft } from './draft';
import { readImportDate } from './importDates';
import { graphSizeProblem } from './limits';

/** The limits checked on what will be built: actors named only in interactions count, as does every interaction. */
function draftSizeProblem(draft: Draft): string | null {
  const names = new Set<string>();
  for (const n of draft.nodes) names.add(n.id.trim());
  const listed = names.size;
  if (draft.addMissingNodes) {
    for (const e of draft.edges) {
      names.add(e.source.trim());
      names.add(e.target.trim());
    }
  }
  names.delete('');
  const implied = names.size > listed ? 'most named only in its interactions' : undefined;
  return graphSizeProblem(names.size, draft.edges.length, implied ? { nodes: implied } : {});
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Files whose times are steps or doubles (`8`, `2.5`) rather than dates get one
 * message saying so, not one `"8" is not a date` per interaction.
 */
function plainNumberTimes(draft: Draft): string | null {
  const samples: string[] = [];
  let numbers = 0;
  for (const e of draft.edges) {
    const raw = typeof e.date === 'number' ? String(e.date) : typeof e.date === 'string' ? e.date.trim() : '';
    if (!NUMBER.test(raw) || readImportDate(e.date).ok === true) continue;
    numbers++;
    if (samples.length < 3 && !samples.includes(raw)) samples.push(raw);
  }
  if (numbers === 0 || numbers <= draft.edges.length / 2) return null;
  if (samples.every((v) => /^\d{5}$/.test(v) && Number(v) > 10_000 && Number(v) < 80_000)) {
    return `the file's dates are spreadsheet day numbers (${samples.map(quote).join(', ')}, in ${draft.dateOrigin}), not dates; format the column as dates (YYYY-MM-DD) before saving`;
  }
  return `the file's times are plain numbers (${samples.map(quote).join(', ')}, in ${draft.dateOrigin}), such as steps or doubles, not dates. Tieline places interactions on a calendar: give each one a date (YYYY-MM-DD, YYYY-MM or YYYY); in Gephi, use a date time format before exporting`;
}

/**
 * The one message refusing the whole draft, or `null` when it may be built:
 * over the size limits (counted on what would be drawn), or times that are
 * plain numbers or spreadsheet day numbers rather than dates.
 */
export function draftRefusal(draft: Draft): string | null {
  return draftSizeProblem(draft) ?? plainNumberTimes(draft);
}
