/**
 * Turns a validated graph file into the app's model. Validation has already
 * checked every reference and date, so this trusts its input.
 */
import { parseDateAsWritten, type DateQualifier, type FuzzyDate } from '../domain/dates';
import { ONGOING, type Actor, type Interaction, type Source, type TielineGraph } from '../domain/model';
import { EDGE_KIND_INFO } from '../domain/vocabulary';
import type { GraphFile } from './schema';

function date(iso: string, qualifier?: DateQualifier): FuzzyDate {
  const d = parseDateAsWritten(iso, qualifier);
  if (!d) throw new Error(`toModel: "${iso}" passed validation but is not a date`);
  return d;
}

/** Builds the model from a file that `validateGraph` accepted. */
export function toModel(file: GraphFile): TielineGraph {
  const steps = toModelSteps(file, Number.POSITIVE_INFINITY);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same model as toModel, `chunk` interactions at a time with `pause()`
 * awaited between chunks (100,000 interactions are about 200 ms of work, too
 * much for one task next to the rest of opening a file). Resolves to null
 * when `stopped()` turns true between chunks (Cancel).
 */
export async function toModelInChunks(file: GraphFile, pause: () => Promise<void>, stopped: () => boolean = () => false, chunk = 20_000): Promise<TielineGraph | null> {
  const steps = toModelSteps(file, chunk);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
    if (stopped()) return null;
  }
}

function* toModelSteps(file: GraphFile, chunk: number): Generator<void, TielineGraph> {
  const nodeIndex = new Map(file.nodes.map((n, i) => [n.id, i]));
  const sources: Source[] = file.sources.map((s) => ({ ...s, published: date(s.published) }));
  const nodes: Actor[] = file.nodes.map((n, index) => {
    const countryIndex = n.kind === 'country' ? index : n.country !== undefined ? (nodeIndex.get(n.country) ?? -1) : -1;
    const actor: Actor = {
      index,
      id: n.id,
      label: n.label,
      kind: n.kind,
      aliases: n.aliases ?? [],
      countryIndex,
      sources: n.sources ?? [],
    };
    if (n.shortName !== undefined) actor.shortName = n.shortName;
    if (n.tallLabel !== undefined) actor.tallLabel = n.tallLabel;
    if (n.role !== undefined) actor.role = n.role;
    if (n.description !== undefined) actor.description = n.description;
    if (n.x !== undefined && n.y !== undefined) actor.position = { x: n.x, y: n.y };
    if (n.tallX !== undefined && n.tallY !== undefined) actor.tallPosition = { x: n.tallX, y: n.tallY };
    return actor;
  });
  const edges: Interaction[] = [];
  for (let index = 0; index < file.edges.length; index++) {
    if (index > 0 && index % chunk === 0) yield;
    edges.push(interactionOf(file.edges[index]!, index, nodeIndex));
  }
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of edges) {
    first = Math.min(first, e.first);
    last = Math.max(last, e.last === ONGOING ? e.first : e.last);
  }
  const range = { first: date(file.defaultRange.start).first, last: date(file.defaultRange.end).last };
  return {
    title: file.title,
    description: file.description,
    defaultRange: range,
    extent: edges.length ? { first, last } : range,
    sources,
    nodes,
    edges,
    nodeIndex,
    edgeIndex: new Map(edges.map((e) => [e.id, e.index])),
    sourceIndex: new Map(sources.map((s, i) => [s.id, i])),
  };
}

function interactionOf(e: GraphFile['edges'][number], index: number, nodeIndex: ReadonlyMap<string, number>): Interaction {
  const info = EDGE_KIND_INFO[e.kind];
  const start = date(e.date, e.dateQualifier);
  const end = e.end !== undefined ? date(e.end) : undefined;
  const claims = e.dateClaims?.map((c) => ({ date: date(c.date), sources: c.sources }));
  const edge: Interaction = {
    index,
    id: e.id,
    source: nodeIndex.get(e.source)!,
    target: nodeIndex.get(e.target)!,
    kind: e.kind,
    date: start,
    first: claims ? Math.min(start.first, ...claims.map((c) => c.date.first)) : start.first,
    last: end ? end.last : info.span ? ONGOING : claims ? Math.max(start.last, ...claims.map((c) => c.date.last)) : start.last,
    summary: e.summary,
    sources: e.sources,
    status: e.status ?? 'happened',
    directed: info.directed || e.directed === true,
    event: e.event ?? e.id,
  };
  if (end) edge.end = end;
  if (e.place !== undefined) edge.place = e.place;
  if (e.position !== undefined) edge.position = e.position;
  if (e.note !== undefined) edge.note = e.note;
  if (claims) edge.dateClaims = claims;
  if (e.outside?.length) edge.outside = e.outside;
  return edge;
}
