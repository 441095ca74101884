/**
 * Turns a Draft into a Tieline graph file and runs it through the same
 * `validateGraph` the app uses. Records that cannot be used are skipped with
 * a problem naming their place; the rest load ("12 rows skipped; load the
 * rest?"). Nothing from the file is ever interpreted as markup or code.
 */
import { isoFromDay, parseFuzzyDate } from '../../domain/dates';
import { safeHref } from '../../domain/safeHref';
import { shortLabel } from '../../domain/shortLabel';
import { EDGE_KIND_INFO, type NodeKind } from '../../domain/vocabulary';
import { quote, type Problem } from '../problems';
import type { EdgeRecord, GraphFile, NodeRecord, SourceRecord } from '../schema';
import { validateGraph } from '../validateGraph';
import type { Draft, DraftEdge } from './draft';
import { readImportDate } from './importDates';
import type { ImportFormat, ImportResult } from './importTypes';
import { graphSizeProblem } from './limits';
import { matchEdgeKind, matchNodeKind } from './matchKinds';
import { plural } from '../../domain/plural';

const FILE_SOURCE = 'imported-file';


function baseName(fileName: string): string {
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
  return name === '' ? 'Imported graph' : name;
}

interface Nodes {
  records: NodeRecord[];
  byId: Map<string, NodeRecord>;
}

function buildNodes(draft: Draft, skipped: Problem[], notes: string[]): Nodes {
  const records: NodeRecord[] = [];
  const byId = new Map<string, NodeRecord>();
  const firstWhere = new Map<string, string>();
  let unknownKinds = 0;
  for (const n of draft.nodes) {
    const id = n.id.trim();
    if (id === '') {
      skipped.push({ path: n.where, message: 'has no id' });
      continue;
    }
    const earlier = firstWhere.get(id);
    if (earlier !== undefined) {
      skipped.push({ path: n.where, message: `id ${quote(id)} is already used by ${earlier}` });
      continue;
    }
    firstWhere.set(id, n.where);
    const { kind, original } = matchNodeKind(n.kind);
    const record: NodeRecord = { id, label: n.label?.trim() || id, kind };
    if (original !== undefined) {
      record.description = `Kind in the file: ${original}`;
      unknownKinds++;
    }
    if (n.country?.trim()) record.country = n.country.trim();
    if (Number.isFinite(n.x) && Number.isFinite(n.y)) {
      record.x = Math.round(n.x! * 100) / 100;
      record.y = Math.round(n.y! * 100) / 100;
    }
    records.push(record);
    byId.set(id, record);
  }
  if (unknownKinds) notes.push(`${plural(unknownKinds, 'actor has a kind', 'actors have kinds')} Tieline does not know; shown as institutions`);
  return { records, byId };
}

/** A node's `country` may name a country node by id or by label; anything else is dropped with a note. */
function resolveCountries(nodes: Nodes, notes: string[]): void {
  const countryByLabel = new Map<string, string>();
  for (const n of nodes.records) if (n.kind === 'country') countryByLabel.set(n.label.toLowerCase(), n.id);
  let dropped = 0;
  for (const n of nodes.records) {
    if (n.country === undefined) continue;
    const direct = nodes.byId.get(n.country);
    const id = direct?.kind === 'country' ? direct.id : countryByLabel.get(n.country.toLowerCase());
    if (id !== undefined && id !== n.id) n.country = id;
    else {
      delete n.country;
      if (n.kind !== 'country') dropped++;
    }
  }
  if (dropped) notes.push(`${plural(dropped, 'actor names a country', 'actors name countries')} that is not an actor in the file; left out`);
}

interface EdgeOutcome {
  edges: EdgeRecord[];
  urls: Map<string, string>;
  dated: number;
  emptyDates: number;
}

function buildEdges(draft: Draft, nodes: Nodes, fallbackKind: NodeKind, skipped: Problem[], notes: string[]): EdgeOutcome {
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

function buildSources(draft: Draft, edges: EdgeRecord[], urls: Map<string, string>, today: string): SourceRecord[] {
  const out: SourceRecord[] = [];
  if (edges.some((e) => e.sources[0] === FILE_SOURCE)) {
    out.push({
      id: FILE_SOURCE,
      title: draft.fileName || 'Imported file',
      publisher: 'Imported file',
      published: today,
      file: draft.fileName || 'imported file',
      note: `Opened in Tieline on ${today}; the file names no source for these interactions.`,
    });
  }
  for (const [url, id] of urls) {
    out.push({
      id,
      title: url,
      publisher: new URL(url).hostname,
      published: today,
      file: draft.fileName || 'imported file',
      url,
      note: `Link from the imported file; the date is when it was opened in Tieline, not when it was published.`,
    });
  }
  return out;
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

/** Builds, checks and returns the graph file for a draft. */
export function assembleGraph(draft: Draft, format: ImportFormat, today: string, fallbackKind: NodeKind = 'institution'): ImportResult {
  const tooBig = draftSizeProblem(draft) ?? plainNumberTimes(draft);
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
