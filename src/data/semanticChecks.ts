/**
 * Checks that need the whole file: references between records, unique ids,
 * real calendar dates and their order, no self-loops, vote-only positions.
 *
 * They run on the raw parsed JSON, not on zod's output, so they still run when
 * some records have shape errors: each check reads only the fields that have
 * the right type and skips the rest (the shape check reports those).
 */
import { DATE_AS_WRITTEN_FORM, parseDateAsWritten, type FuzzyDate } from '../domain/dates';
import { describeValue, quote, type Problem } from './problems';

type Row = Record<string, unknown>;

function asRow(value: unknown): Row | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : null;
}

/** An own property's value, so keys like `__proto__` or `constructor` are never inherited. */
function field(row: Row, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(row, key) ? row[key] : undefined;
}

function text(row: Row, key: string): string | undefined {
  const v = field(row, key);
  return typeof v === 'string' ? v : undefined;
}

function list(row: Row | null, key: string): unknown[] {
  if (!row) return [];
  const v = field(row, key);
  return Array.isArray(v) ? v : [];
}

/** Collects problems as the checks go. */
class Findings {
  readonly problems: Problem[] = [];
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }
}

/** Maps each id to the index of the first record that used it, reporting later repeats. */
function indexIds(rows: unknown[], collection: string, out: Findings): Map<string, number> {
  const firstUse = new Map<string, number>();
  rows.forEach((raw, i) => {
    const row = asRow(raw);
    const id = row ? text(row, 'id') : undefined;
    if (id === undefined || id === '') return;
    const earlier = firstUse.get(id);
    if (earlier === undefined) firstUse.set(id, i);
    else out.add(`${collection}[${i}].id`, `${quote(id)} is already used by ${collection}[${earlier}]`);
  });
  return firstUse;
}

/** Parses a date field that already has the right form; reports impossible days and months. */
function calendarDate(row: Row, key: string, path: string, out: Findings): FuzzyDate | null {
  const value = text(row, key);
  if (value === undefined || !DATE_AS_WRITTEN_FORM.test(value)) return null;
  const parsed = parseDateAsWritten(value);
  if (!parsed) out.add(path, `${quote(value)} is not a calendar date`);
  return parsed;
}

/** `end`'s period must not finish before `start`'s period begins. */
function checkOrder(start: FuzzyDate | null, end: FuzzyDate | null, path: string, startName: string, out: Findings): void {
  if (start && end && end.last < start.first) {
    out.add(path, `${quote(end.iso)} is before ${startName} ${quote(start.iso)}`);
  }
}

function checkCitations(row: Row, path: string, sourceIds: Map<string, number>, out: Findings): void {
  list(row, 'sources').forEach((cited, j) => {
    if (typeof cited === 'string' && !sourceIds.has(cited)) {
      out.add(`${path}.sources[${j}]`, `${quote(cited)} is not a source id`);
    }
  });
}

/** A short name is display text for small screens: it must be shorter than the label it stands for, and not blank. */
function checkShortName(row: Row, path: string, out: Findings): void {
  const short = text(row, 'shortName');
  const label = text(row, 'label');
  if (short === undefined || short === '') return; // missing or empty: the shape check reports it
  if (short.trim() === '') out.add(`${path}.shortName`, 'must not be blank');
  else if (label !== undefined && Array.from(short.trim()).length >= Array.from(label.trim()).length) {
    out.add(`${path}.shortName`, `${quote(short)} must be shorter than the label ${quote(label)}`);
  }
}

function checkNodes(nodes: unknown[], nodeKinds: Map<string, unknown>, sourceIds: Map<string, number>, out: Findings): void {
  nodes.forEach((raw, i) => {
    const row = asRow(raw);
    if (!row) return;
    const path = `nodes[${i}]`;
    checkCitations(row, path, sourceIds, out);
    checkShortName(row, path, out);
    const country = text(row, 'country');
    if (country === undefined) return;
    if (!nodeKinds.has(country)) out.add(`${path}.country`, `${quote(country)} is not a node id`);
    else {
      const kind = nodeKinds.get(country);
      if (typeof kind === 'string' && kind !== 'country') {
        out.add(`${path}.country`, `${quote(country)} is a ${kind}, not a country`);
      }
    }
  });
}

function checkEdges(edges: unknown[], nodeKinds: Map<string, unknown>, sourceIds: Map<string, number>, out: Findings): void {
  edges.forEach((raw, i) => {
    const row = asRow(raw);
    if (!row) return;
    const path = `edges[${i}]`;
    const source = text(row, 'source');
    const target = text(row, 'target');
    if (source !== undefined && !nodeKinds.has(source)) out.add(`${path}.source`, `${quote(source)} is not a node id`);
    if (target !== undefined && !nodeKinds.has(target)) out.add(`${path}.target`, `${quote(target)} is not a node id`);
    if (source !== undefined && source === target) {
      out.add(`${path}.target`, `${quote(target)} is also the source; an edge cannot join a node to itself`);
    }
    checkCitations(row, path, sourceIds, out);
    const date = calendarDate(row, 'date', `${path}.date`, out);
    const end = calendarDate(row, 'end', `${path}.end`, out);
    checkOrder(date, end, `${path}.end`, 'date', out);
    const kind = field(row, 'kind');
    if (field(row, 'position') !== undefined && kind !== 'vote') {
      const what = typeof kind === 'string' ? `this edge is a ${kind}` : `this edge's kind is ${describeValue(kind)}`;
      out.add(`${path}.position`, `only vote edges can have a position (${what})`);
    }
    checkDateClaims(row, path, out);
    checkOutside(row, path, out);
  });
  checkEvents(edges, out);
}

/** A disputed date lists each claim with sources the edge cites, and `date` is one of the claims. */
function checkDateClaims(row: Row, path: string, out: Findings): void {
  const claims = list(row, 'dateClaims');
  if (claims.length === 0) return;
  const cited = new Set(list(row, 'sources').filter((s) => typeof s === 'string'));
  const dates: string[] = [];
  claims.forEach((raw, j) => {
    const claim = asRow(raw);
    if (!claim) return;
    const d = calendarDate(claim, 'date', `${path}.dateClaims[${j}].date`, out);
    if (d) dates.push(d.iso);
    list(claim, 'sources').forEach((s, k) => {
      if (typeof s === 'string' && !cited.has(s)) {
        out.add(`${path}.dateClaims[${j}].sources[${k}]`, `${quote(s)} is not among the edge's sources`);
      }
    });
  });
  const date = text(row, 'date');
  if (date !== undefined && dates.length > 0 && !dates.includes(date)) {
    out.add(`${path}.date`, `${quote(date)} is not one of the dates in dateClaims (${dates.map(quote).join(', ')})`);
  }
  if (field(row, 'status') !== 'disputed') out.add(`${path}.status`, 'an edge with dateClaims must have status "disputed"');
}

/** `outside` may only name fields the edge has. */
function checkOutside(row: Row, path: string, out: Findings): void {
  list(row, 'outside').forEach((f, j) => {
    if ((f === 'end' || f === 'place') && field(row, f) === undefined) {
      out.add(`${path}.outside[${j}]`, `${quote(f)} is marked as from outside the sources but the edge has no ${f}`);
    }
  });
}

/** The pair edges of one event share its kind and its dates. */
function checkEvents(edges: unknown[], out: Findings): void {
  const firstOf = new Map<string, { i: number; row: Row }>();
  edges.forEach((raw, i) => {
    const row = asRow(raw);
    const event = row ? text(row, 'event') : undefined;
    if (!row || event === undefined) return;
    const first = firstOf.get(event);
    if (!first) {
      firstOf.set(event, { i, row });
      return;
    }
    for (const key of ['kind', 'date', 'end'] as const) {
      const a = field(first.row, key);
      const b = field(row, key);
      if (a !== b) {
        out.add(
          `edges[${i}].${key}`,
          `${describeValue(b)} differs from ${describeValue(a)} in edges[${first.i}], which shares the event ${quote(event)}`,
        );
      }
    }
  });
}

/**
 * Every semantic problem in a parsed graph file, in file order. Never throws,
 * whatever the input: missing arrays are treated as empty.
 */
export function semanticProblems(input: unknown): Problem[] {
  const out = new Findings();
  const root = asRow(input);
  const sources = list(root, 'sources');
  const nodes = list(root, 'nodes');
  const edges = list(root, 'edges');

  const range = root ? asRow(field(root, 'defaultRange')) : null;
  if (range) {
    const start = calendarDate(range, 'start', 'defaultRange.start', out);
    const end = calendarDate(range, 'end', 'defaultRange.end', out);
    checkOrder(start, end, 'defaultRange.end', 'start', out);
  }

  const sourceIds = indexIds(sources, 'sources', out);
  sources.forEach((raw, i) => {
    const row = asRow(raw);
    if (row) calendarDate(row, 'published', `sources[${i}].published`, out);
  });

  const nodeIds = indexIds(nodes, 'nodes', out);
  const nodeKinds = new Map<string, unknown>();
  for (const [id, i] of nodeIds) {
    const row = asRow(nodes[i]);
    nodeKinds.set(id, row ? field(row, 'kind') : undefined);
  }
  checkNodes(nodes, nodeKinds, sourceIds, out);

  indexIds(edges, 'edges', out);
  checkEdges(edges, nodeKinds, sourceIds, out);
  return out.problems;
}
