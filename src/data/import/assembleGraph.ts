/**
 * Turns a Draft into a Tieline graph file and runs it through the same
 * `validateGraph` the app uses. Records that cannot be used are skipped with
 * a problem naming their place; the rest load ("12 rows skipped; load the
 * rest?"). Nothing from the file is ever interpreted as markup or code.
 */
import { isoFromDay, parseFuzzyDate } from '../../domain/dates';
import { plural } from '../../domain/plural';
import type { NodeKind } from '../../domain/vocabulary';
import type { Problem } from '../problems';
import type { EdgeRecord, GraphFile } from '../schema';
import { validateGraph } from '../validateGraph';
import type { Draft } from './draft';
import { draftRefusal } from './draftRefusal';
import { buildEdges } from './importEdges';
import { buildNodes, resolveCountries } from './importNodes';
import { buildSources } from './importSources';
import type { ImportFormat, ImportResult } from './importTypes';

function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return name === '' ? 'Imported graph' : name;
}

function dateRange(edges: EdgeRecord[]): { start: string; end: string } {
  let first = Infinity;
  let last = -Infinity;
  for (const e of edges) {
    const d = parseFuzzyDate(e.date)!;
    const end = e.end !== undefined ? parseFuzzyDate(e.end)! : d;
    first = Math.min(first, d.first);
    last = Math.max(last, end.last, d.last);
  }
  return { start: isoFromDay(first), end: isoFromDay(last) };
}

/**
 * Builds, checks and returns the graph file for a draft: refuses a draft that
 * is too big or has no dates, builds actors, interactions and sources (skipping
 * unusable records with their place), fills title, description and date range,
 * and runs the result through `validateGraph`.
 */
export function assembleGraph(draft: Draft, format: ImportFormat, today: string, fallbackKind: NodeKind = 'institution'): ImportResult {
  const tooBig = draftRefusal(draft);
  if (tooBig) return { status: 'failed', format, problems: [{ path: '', message: tooBig }] };
  const skipped: Problem[] = [];
  const notes = [...draft.notes];
  const nodes = buildNodes(draft, skipped, notes);
  const { edges, urls, emptyDates } = buildEdges(draft, nodes, fallbackKind, skipped, notes);
  if (edges.length === 0) {
    if (draft.edges.length > 0 && emptyDates === draft.edges.length) {
      return {
        status: 'failed',
        format,
        problems: [{ path: '', message: `the file has no dates: ${draft.edges.length === 1 ? 'its only interaction has no date' : `none of its ${plural(draft.edges.length, 'interaction', 'interactions')} has a date`} in ${draft.dateOrigin}. Tieline places every interaction in time, so each needs one (YYYY-MM-DD, YYYY-MM or YYYY)` }],
      };
    }
    const none = { path: '', message: draft.edges.length === 0 ? 'the file has no interactions (edges)' : 'no interaction in the file could be used' };
    return { status: 'failed', format, problems: [none, ...skipped] };
  }
  resolveCountries(nodes, notes);
  const file: GraphFile = {
    schemaVersion: 1,
    title: draft.title?.trim() || baseName(draft.fileName),
    description: draft.description?.trim() || `Opened from ${draft.fileName || 'a file'} on ${today}.`,
    defaultRange: dateRange(edges),
    sources: buildSources(draft, edges, urls, today),
    nodes: nodes.records,
    edges,
  };
  const checked = validateGraph(file);
  if (!checked.ok) return { status: 'failed', format, problems: checked.problems };
  return { status: 'ok', format, file: checked.graph, skipped, notes };
}
