/**
 * An edges table (and optionally a nodes table) to a Draft. When the
 * headers do not say which column holds the source, target and date, the
 * importer asks for a mapping instead of guessing wrong.
 */
import { quote, type Problem } from '../../problems';
import type { Draft, DraftEdge, DraftNode } from '../draft';
import { graphSizeProblem } from '../limits';
import { EDGE_ROLES, REQUIRED_ROLES, type ColumnMapping, type MappingRequest } from '../importTypes';
import { readGephiTimes } from '../gephiTimes';
import { guessMapping, NODE_SYNONYMS, squashHeader } from './columnRoles';
import type { CsvTable } from './parseCsv';

export interface NamedTable {
  name: string;
  table: CsvTable;
}

export type CsvDraft =
  | { status: 'draft'; draft: Draft; skipped: Problem[] }
  | { status: 'failed'; problems: Problem[] }
  | { status: 'needs-mapping'; request: MappingRequest };

const ROLE_WORDS: Record<string, string> = { source: 'source', target: 'target', date: 'date' };

function examples(table: CsvTable): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  table.header.forEach((h, c) => {
    out[h] = table.rows.slice(0, 3).map((r) => r[c] ?? '');
  });
  return out;
}

/** Checks a chosen mapping against the header: required roles set, columns exist. */
function mappingProblem(mapping: ColumnMapping, header: readonly string[]): string | null {
  const missing = REQUIRED_ROLES.filter((r) => !mapping[r] || !header.includes(mapping[r]!));
  if (missing.length === 0) return null;
  return `no column is chosen for the ${missing.map((r) => ROLE_WORDS[r]).join(', ')}`;
}

const and = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** Why the person is asked: which required columns were found by name, and which were not. */
function unguessedReason(guess: ColumnMapping): string {
  const found = REQUIRED_ROLES.filter((r) => guess[r] !== undefined);
  const missing = REQUIRED_ROLES.filter((r) => guess[r] === undefined).map((r) => ROLE_WORDS[r]!);
  const what = `no column is named like the ${and(missing)} (${missing.map((r) => quote(r)).join(', ')} or a usual synonym)`;
  if (found.length === 0) return `${what}: say which column is which`;
  const seen = found.map((r) => `${quote(guess[r]!)} as the ${ROLE_WORDS[r]}`);
  return `${what}; found ${and(seen)}: say which column holds the ${and(missing)}`;
}

function rowProblems(table: CsvTable, label: string, skipped: Problem[]): Set<number> {
  const bad = new Set<number>();
  table.rows.forEach((r, i) => {
    if (r.length > table.header.length && r.slice(table.header.length).some((f) => f.trim() !== '')) {
      bad.add(i);
      skipped.push({
        path: `${label}row ${table.lines[i]}`,
        message: `has ${r.length} fields but the header has ${table.header.length} (a separator inside a field that is not in quotes?)`,
      });
    }
  });
  return bad;
}

function readNodes(nodes: NamedTable, prefix: string, skipped: Problem[]): DraftNode[] {
  const m = guessMapping(nodes.table.header, NODE_SYNONYMS);
  const col = (role: string) => (m[role] !== undefined ? nodes.table.header.indexOf(m[role]) : -1);
  const [id, label, kind, country] = [col('id'), col('label'), col('kind'), col('country')];
  const bad = rowProblems(nodes.table, prefix, skipped);
  const out: DraftNode[] = [];
  nodes.table.rows.forEach((r, i) => {
    if (bad.has(i)) return;
    const at = (c: number) => (c >= 0 ? (r[c] ?? '').trim() : '');
    out.push({
      id: at(id >= 0 ? id : label),
      label: at(label) || undefined,
      kind: at(kind) || undefined,
      country: at(country) || undefined,
      where: `${prefix}row ${nodes.table.lines[i]}`,
    });
  });
  return out;
}

/** Reads the tables into a Draft, or asks for a column mapping. */
export function csvToDraft(edges: NamedTable, nodes: NamedTable | undefined, mapping: ColumnMapping | undefined): CsvDraft {
  const { header, rows } = edges.table;
  const sizeProblem = graphSizeProblem(nodes?.table.rows.length ?? 0, rows.length);
  if (sizeProblem) return { status: 'failed', problems: [{ path: '', message: sizeProblem }] };
  const edgePrefix = nodes ? `${edges.name} ` : '';
  const nodePrefix = nodes ? `${nodes.name} ` : '';
  if (edges.table.unclosedQuoteRow !== undefined) {
    return {
      status: 'failed',
      problems: [{ path: `${edgePrefix}row ${edges.table.unclosedQuoteRow}`, message: 'a quoted field opens here and is never closed (a missing ")' }],
    };
  }
  const guess = guessMapping(header) as ColumnMapping;
  const chosen = mapping ?? guess;
  const problem = mappingProblem(chosen, header);
  if (problem) {
    if (header.length < 2) {
      return { status: 'failed', problems: [{ path: `${edgePrefix}row ${edges.table.headerLine}`, message: `the header has ${header.length === 1 ? 'one column' : `${header.length} columns`}; an edges table needs at least source, target and date columns (comma or semicolon separated)` }] };
    }
    const reason = mapping ? problem : unguessedReason(guess);
    return { status: 'needs-mapping', request: { format: 'csv', columns: header, guess, examples: examples(edges.table), reason } };
  }
  const skipped: Problem[] = [];
  const notes: string[] = [];
  const renamed = EDGE_ROLES.filter((r) => chosen[r] !== undefined && squashHeader(chosen[r]!) !== squashHeader(r));
  if (renamed.length && !mapping) notes.push(`columns read as: ${renamed.map((r) => `${quote(chosen[r]!)} → ${r}`).join(', ')}`);
  const unused = header.filter((h) => h !== '' && !Object.values(chosen).includes(h));
  if (unused.length) notes.push(`${unused.length === 1 ? 'column' : 'columns'} not used: ${unused.map(quote).join(', ')}`);
  const col = Object.fromEntries(EDGE_ROLES.map((r) => [r, chosen[r] !== undefined ? header.indexOf(chosen[r]!) : -1]));
  // Gephi's edge tables have a "Type" column saying Directed or Undirected: a direction, not a kind of interaction.
  if (col.kind! >= 0 && rows.every((r) => /^(directed|undirected|mixed)?$/i.test((r[col.kind!] ?? '').trim()))) {
    notes.push(`column ${quote(chosen.kind!)} holds edge directions (Directed, Undirected), not kinds of interaction; not used`);
    col.kind = -1;
  }
  const bad = rowProblems(edges.table, edgePrefix, skipped);
  const draftEdges: DraftEdge[] = [];
  const timestampColumn = /^timestamps?$/.test(squashHeader(chosen.date!));
  let gephiCells = 0;
  rows.forEach((r, i) => {
    if (bad.has(i)) return;
    const at = (role: string) => (col[role]! >= 0 ? (r[col[role]!] ?? '') : undefined);
    const where = `${edgePrefix}row ${edges.table.lines[i]}`;
    const base = {
      source: at('source') ?? '',
      target: at('target') ?? '',
      kind: at('kind'),
      summary: at('summary'),
      url: at('source_url'),
      where,
    };
    const datePlace = `${where}, column ${quote(chosen.date!)}`;
    // Gephi's time sets: one interaction per interval or timestamp listed in the cell.
    const periods = chosen.end === undefined ? readGephiTimes(at('date'), timestampColumn) : null;
    if (periods) {
      gephiCells++;
      periods.forEach((p, k) => {
        const place = periods.length > 1 ? `${datePlace}, ${p.end !== undefined ? 'interval' : 'timestamp'} ${k + 1}` : datePlace;
        const end = p.end !== undefined && p.end !== p.date ? p.end : undefined;
        draftEdges.push({ ...base, date: p.date, end, datePlace: place, endPlace: place });
      });
      return;
    }
    draftEdges.push({ ...base, date: at('date'), end: at('end'), datePlace, endPlace: `${where}, column ${quote(chosen.end ?? 'end')}` });
  });
  if (gephiCells) {
    notes.push(`${quote(chosen.date!)} read as Gephi time sets: each interval or timestamp listed is an interaction of its own (${draftEdges.length.toLocaleString('en')} from ${rows.length.toLocaleString('en')} rows)`);
  }
  const draft: Draft = {
    fileName: edges.name,
    nodes: nodes ? readNodes(nodes, nodePrefix, skipped) : [],
    edges: draftEdges,
    addMissingNodes: true,
    dateOrigin: `the column ${quote(chosen.date!)}`,
    notes,
  };
  return { status: 'draft', draft, skipped };
}
