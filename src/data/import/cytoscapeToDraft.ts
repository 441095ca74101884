/**
 * Cytoscape.js JSON to a Draft: what `cy.json()` writes
 * (`{ elements: { nodes: [...], edges: [...] } }`), the plain `elements`
 * array (`[{ group, data, position }]`), or that array at the top level.
 * Dates come from an edge data field: the chosen one, or the first of
 * `date`, `start`, `time`, `timestamp`… that the edges carry.
 */
import { quote, type Problem } from '../problems';
import type { Draft, DraftEdge, DraftNode } from './draft';
import { looksLikeDate, readImportDate } from './importDates';
import type { ColumnMapping, MappingRequest } from './importTypes';
import { graphSizeProblem } from './limits';

type Obj = Record<string, unknown>;

export type CytoscapeDraft =
  | { status: 'draft'; draft: Draft; skipped: Problem[] }
  | { status: 'failed'; problems: Problem[] }
  | { status: 'needs-mapping'; request: MappingRequest };

const DATE_FIELDS = ['date', 'start', 'start_date', 'startDate', 'time', 'timestamp', 'datetime', 'when', 'year', 'begin'];
const END_FIELDS = ['end', 'end_date', 'endDate', 'until', 'stop'];

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** True when parsed JSON looks like Cytoscape.js elements rather than a Tieline file. */
export function isCytoscapeJson(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0 || value.some((el) => isObj(el) && isObj(own(el, 'data')));
  if (!isObj(value)) return false;
  const elements = own(value, 'elements');
  return Array.isArray(elements) || isObj(elements);
}

interface Element {
  el: Obj;
  data: Obj;
  path: string;
}

/** Every element with its path in the file, sorted into nodes and edges. */
function collect(value: unknown, skipped: Problem[]): { nodes: Element[]; edges: Element[] } {
  const nodes: Element[] = [];
  const edges: Element[] = [];
  const take = (el: unknown, path: string, group?: 'nodes' | 'edges') => {
    if (!isObj(el) || !isObj(own(el, 'data'))) {
      skipped.push({ path, message: 'is not an element (an object with a "data" object)' });
      return;
    }
    const data = own(el, 'data') as Obj;
    const g = group ?? (own(el, 'group') === 'edges' || (own(el, 'group') === undefined && own(data, 'source') !== undefined) ? 'edges' : 'nodes');
    (g === 'edges' ? edges : nodes).push({ el, data, path });
  };
  const elements = isObj(value) ? own(value, 'elements') : value;
  if (Array.isArray(elements)) elements.forEach((el, i) => take(el, `${Array.isArray(value) ? '' : 'elements'}[${i}]`));
  else if (isObj(elements)) {
    for (const group of ['nodes', 'edges'] as const) {
      const list = own(elements, group);
      if (Array.isArray(list)) list.forEach((el, i) => take(el, `elements.${group}[${i}]`, group));
    }
  }
  return { nodes, edges };
}

/** Fields that name elements (ids and references), never dates, whatever their values look like. */
const REFERENCE_FIELDS = ['id', 'source', 'target', 'parent', 'SUID', 'shared_name', 'name', 'label'];
/** Years a guessed date field's values must mostly fall in; outside it, the person is asked. */
const PLAUSIBLE_YEARS = { from: 1800, to: 2100 } as const;

/** True when most of a field's values are actor ids: a reference such as "from_station", not a date. */
function holdsActorIds(edges: Element[], field: string, nodeIds: ReadonlySet<string>): boolean {
  let filled = 0;
  let ids = 0;
  for (const e of edges) {
    const v = str(own(e.data, field));
    if (v === undefined || v.trim() === '') continue;
    filled++;
    if (nodeIds.has(v.trim())) ids++;
  }
  return filled > 0 && ids > filled / 2;
}

/** The share of a field's date values whose year is plausible for dated interactions. */
function plausibleShare(edges: Element[], field: string): number {
  let dated = 0;
  let plausible = 0;
  for (const e of edges) {
    const reading = readImportDate(own(e.data, field));
    if (reading.ok !== true) continue;
    dated++;
    const year = Number(reading.iso.slice(0, 4));
    if (year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to) plausible++;
  }
  return dated === 0 ? 0 : plausible / dated;
}

type DateGuess = { field: string } | { field: undefined; doubtful?: string };

/**
 * The first usual date field the edges carry, else any field whose values
 * mostly read as dates. Ids and references are never candidates, and a field
 * whose dates mostly fall outside 1800–2100 is not taken without asking.
 */
function detectDateField(edges: Element[], nodeIds: ReadonlySet<string>): DateGuess {
  const keys = new Map<string, number>();
  for (const e of edges) for (const k of Object.keys(e.data)) if (looksLikeDate(own(e.data, k))) keys.set(k, (keys.get(k) ?? 0) + 1);
  for (const k of [...keys.keys()]) if (REFERENCE_FIELDS.includes(k) || holdsActorIds(edges, k, nodeIds)) keys.delete(k);
  let best = DATE_FIELDS.find((k) => keys.has(k));
  if (best === undefined) {
    for (const [k, n] of keys) if (!END_FIELDS.includes(k) && n > edges.length / 2 && (best === undefined || n > keys.get(best)!)) best = k;
  }
  if (best === undefined) return { field: undefined };
  return plausibleShare(edges, best) > 0.5 ? { field: best } : { field: undefined, doubtful: best };
}

function describeEdge(e: Element): string {
  const id = str(own(e.data, 'id'));
  return id !== undefined ? `${e.path} (id ${quote(id)})` : e.path;
}

/** Reads Cytoscape.js JSON into a Draft, or asks which field holds the dates. */
export function cytoscapeToDraft(value: unknown, fileName: string, mapping: ColumnMapping | undefined): CytoscapeDraft {
  const skipped: Problem[] = [];
  const { nodes, edges } = collect(value, skipped);
  const sizeProblem = graphSizeProblem(nodes.length, edges.length);
  if (sizeProblem) return { status: 'failed', problems: [{ path: '', message: sizeProblem }] };
  if (edges.length === 0) return { status: 'failed', problems: [{ path: '', message: 'the file has no edges; Tieline shows dated interactions, which are edges' }, ...skipped] };
  const fields = [...new Set(edges.flatMap((e) => Object.keys(e.data)))].filter((k) => !['id', 'source', 'target', 'parent'].includes(k));
  const nodeIds = new Set(nodes.map((n) => str(own(n.data, 'id'))?.trim()).filter((id) => id !== undefined));
  const guess: DateGuess = mapping?.date !== undefined ? { field: mapping.date } : detectDateField(edges, nodeIds);
  const dateField = guess.field;
  if (dateField === undefined) {
    const examples = Object.fromEntries(fields.map((f) => [f, edges.slice(0, 5).map((e) => str(own(e.data, f)) ?? '')]));
    if (fields.length === 0) {
      return { status: 'failed', problems: [{ path: '', message: 'the file has no dates: its edges carry no data fields besides id, source and target. Add a "date" field (YYYY-MM-DD) to each edge' }] };
    }
    const doubtful = 'doubtful' in guess ? guess.doubtful : undefined;
    const reason =
      doubtful !== undefined
        ? `the edge field ${quote(doubtful)} reads as dates, but most of them fall outside ${PLAUSIBLE_YEARS.from}–${PLAUSIBLE_YEARS.to} (${examples[doubtful]!.filter(Boolean).slice(0, 3).map(quote).join(', ')}): choose the field that holds the dates, if any does`
        : 'no edge field reads as dates (such as "date" or "start"): choose the field that holds them';
    return { status: 'needs-mapping', request: { format: 'cytoscape', columns: fields, guess: {}, examples, reason } };
  }
  const endField = mapping ? mapping.end : END_FIELDS.find((k) => edges.some((e) => own(e.data, k) !== undefined));
  const kindField = mapping?.kind ?? ['kind', 'type', 'interaction'].find((k) => edges.some((e) => own(e.data, k) !== undefined));
  const summaryField = mapping?.summary ?? ['summary', 'description', 'label', 'name'].find((k) => edges.some((e) => own(e.data, k) !== undefined));
  const urlField = mapping?.source_url ?? ['source_url', 'url', 'link'].find((k) => edges.some((e) => own(e.data, k) !== undefined));
  const draftNodes: DraftNode[] = nodes.map((n) => {
    const pos = own(n.el, 'position');
    const num = (k: string) => (isObj(pos) && typeof own(pos, k) === 'number' ? (own(pos, k) as number) : undefined);
    return {
      id: str(own(n.data, 'id')) ?? '',
      label: str(own(n.data, 'label')) ?? str(own(n.data, 'name')),
      kind: str(own(n.data, 'kind')) ?? str(own(n.data, 'type')),
      country: str(own(n.data, 'country')),
      x: num('x'),
      y: num('y'),
      where: n.path,
    };
  });
  const draftEdges: DraftEdge[] = edges.map((e) => {
    const where = describeEdge(e);
    return {
      id: str(own(e.data, 'id')),
      source: str(own(e.data, 'source')) ?? '',
      target: str(own(e.data, 'target')) ?? '',
      date: own(e.data, dateField),
      end: endField !== undefined ? own(e.data, endField) : undefined,
      kind: kindField !== undefined ? str(own(e.data, kindField)) : undefined,
      summary: summaryField !== undefined ? str(own(e.data, summaryField)) : undefined,
      url: urlField !== undefined ? str(own(e.data, urlField)) : undefined,
      where,
      datePlace: `${e.path}.data.${dateField}`,
      endPlace: `${e.path}.data.${endField ?? 'end'}`,
    };
  });
  const notes = [`dates read from the edge field ${quote(dateField)}${endField ? `, ends from ${quote(endField)}` : ''}`];
  const title = isObj(value) && isObj(own(value, 'data')) ? str(own(own(value, 'data') as Obj, 'name')) : undefined;
  const draft: Draft = { fileName, nodes: draftNodes, edges: draftEdges, addMissingNodes: false, dateOrigin: `the edge field ${quote(dateField)}`, notes };
  if (title !== undefined) draft.title = title;
  return { status: 'draft', draft, skipped };
}
