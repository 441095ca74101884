/** The interactions of an imported file: edge records from a Draft, each checked and the unusable ones skipped. */
import { parseFuzzyDate } from '../../domain/dates';
import { plural } from '../../domain/plural';
import { safeHref } from '../../domain/safeHref';
import { shortLabel } from '../../domain/shortLabel';
import { EDGE_KIND_INFO, type NodeKind } from '../../domain/vocabulary';
import { quote, type Problem } from '../problems';
import type { EdgeRecord, NodeRecord } from '../schema';
import type { Draft, DraftEdge } from './draft';
import { readImportDate } from './importDates';
import { FILE_SOURCE } from './importSources';
import type { ImportNodes } from './importNodes';
import { matchEdgeKind } from './matchKinds';

/** The interaction records built, the source links they cite (url → source id) and how many had no date. */
export interface EdgeOutcome {
  edges: EdgeRecord[];
  urls: Map<string, string>;
  dated: number;
  emptyDates: number;
}

/**
 * The draft's interactions as edge records, each checked on its own: parties
 * present and distinct, a date (and end) Tieline reads, end not before the
 * date; others are skipped with their place. Actors named only here are added
 * (as `fallbackKind`) when the draft allows it. Repeated ids are renamed, a
 * missing summary is written from the kind and the parties, and each edge
 * cites its link or the imported file. What was changed goes into `notes`.
 */
export function buildEdges(draft: Draft, nodes: ImportNodes, fallbackKind: NodeKind, skipped: Problem[], notes: string[]): EdgeOutcome {
  const edges: EdgeRecord[] = [];
  const usedIds = new Set<string>();
  const urls = new Map<string, string>();
  let added = 0;
  let unknownKinds = 0;
  let badUrls = 0;
  let emptyDates = 0;
  const renamed: string[] = [];
  const ensureNode = (id: string, e: DraftEdge, role: 'source' | 'target'): boolean => {
    if (nodes.byId.has(id)) return true;
    if (!draft.addMissingNodes) {
      skipped.push({ path: e.where, message: `${role} ${quote(id)} is not a node id` });
      return false;
    }
    const record: NodeRecord = { id, label: id, kind: fallbackKind };
    nodes.records.push(record);
    nodes.byId.set(id, record);
    added++;
    return true;
  };
  for (const e of draft.edges) {
    const source = e.source.trim();
    const target = e.target.trim();
    if (source === '' || target === '') {
      skipped.push({ path: e.where, message: `has no ${source === '' ? 'source' : 'target'}` });
      continue;
    }
    if (source === target) {
      skipped.push({ path: e.where, message: `source and target are both ${quote(source)}; an interaction needs two parties` });
      continue;
    }
    const date = readImportDate(e.date);
    if (date.ok !== true) {
      if (date.ok === 'empty') emptyDates++;
      skipped.push({ path: e.datePlace, message: date.ok === 'empty' ? 'is empty; every interaction needs a date' : date.message });
      continue;
    }
    const end = readImportDate(e.end);
    if (end.ok === false) {
      skipped.push({ path: e.endPlace, message: end.message });
      continue;
    }
    if (end.ok === true && parseFuzzyDate(end.iso)!.last < parseFuzzyDate(date.iso)!.first) {
      skipped.push({ path: e.endPlace, message: `${quote(end.iso)} is before the date ${quote(date.iso)}` });
      continue;
    }
    if (!ensureNode(source, e, 'source') || !ensureNode(target, e, 'target')) continue;
    const { kind, original } = matchEdgeKind(e.kind);
    if (original !== undefined) unknownKinds++;
    const given = e.id?.trim();
    let id = given || `e${edges.length + 1}`;
    while (usedIds.has(id)) id = `${id}-${edges.length + 1}`;
    if (given && id !== given) renamed.push(`${quote(given)} → ${quote(id)}`);
    usedIds.add(id);
    const url = safeHref(e.url);
    if (e.url?.trim() && !url) badUrls++;
    let sourceId = FILE_SOURCE;
    if (url) {
      sourceId = urls.get(url) ?? `link-${urls.size + 1}`;
      urls.set(url, sourceId);
    }
    // A written summary names the parties short: the whole names are on the actors.
    const label = (nodeId: string) => shortLabel(nodes.byId.get(nodeId)!.label);
    const summary = e.summary?.trim() || `${EDGE_KIND_INFO[kind].label}: ${label(source)} – ${label(target)}`;
    const record: EdgeRecord = { id, source, target, kind, date: date.iso, summary, sources: [sourceId] };
    if (end.ok === true) record.end = end.iso;
    if (original !== undefined) record.note = `Kind in the file: ${original}`;
    edges.push(record);
  }
  if (renamed.length) {
    const shown = renamed.slice(0, 3).join(', ');
    notes.push(`${plural(renamed.length, 'edge id was', 'edge ids were')} used more than once; renamed: ${shown}${renamed.length > 3 ? ', …' : ''}`);
  }
  if (added) notes.push(`${plural(added, 'actor', 'actors')} named only in the interactions added`);
  if (unknownKinds) notes.push(`${plural(unknownKinds, 'interaction has a kind', 'interactions have kinds')} Tieline does not know; shown as "Other", with the original kind in the note`);
  if (badUrls) notes.push(`${plural(badUrls, 'source link is', 'source links are')} not a web address (http or https); left out`);
  return { edges, urls, dated: edges.length, emptyDates };
}
