/**
 * The one entry point for opening a person's own data: bytes in, a checked
 * Tieline graph file (or every problem with its place) out. Pure: no DOM,
 * no network, no clock; loaded on demand so the first page never carries it.
 */
import { formatProblem, type Problem } from '../problems';
import { jsonProblem, validateGraph } from '../validateGraph';
import { assembleGraph } from './assembleGraph';
import { isNodesHeader } from './csv/columnRoles';
import { csvToDraft, type NamedTable } from './csv/csvToDraft';
import { parseCsv } from './csv/parseCsv';
import { cytoscapeToDraft, isCytoscapeJson } from './cytoscapeToDraft';
import { decodeBytes } from './decodeBytes';
import { detectFormat } from './detectFormat';
import type { Draft } from './draft';
import { gexfToDraft } from './gexf/gexfToDraft';
import type { ImportFormat, ImportOptions, ImportResult, InputFile } from './importTypes';
import { graphSizeProblem } from './limits';
import { withTielineDefaults } from './tielineDefaults';

export { FORMAT_NAMES, type ImportResult, type InputFile, type MappingRequest, type ColumnMapping } from './importTypes';
export { MAX_FILE_BYTES, fileSizeProblem, formatBytes } from './limits';
export { formatProblem };

const failed = (message: string, path = '', format?: ImportFormat): ImportResult => ({
  status: 'failed',
  ...(format ? { format } : {}),
  problems: [{ path, message }],
});

/** Runs a format's draft through the common assembly, keeping the reader's own skipped rows first. */
function finish(
  read: { status: 'draft'; draft: Draft; skipped: Problem[] } | { status: 'failed'; problems: Problem[] } | Extract<ImportResult, { status: 'needs-mapping' }>,
  format: ImportFormat,
  options: ImportOptions,
): ImportResult {
  if (read.status !== 'draft') return read.status === 'failed' ? { status: 'failed', format, problems: read.problems } : read;
  const result = assembleGraph(read.draft, format, options.today);
  if (result.status === 'ok') return { ...result, skipped: [...read.skipped, ...result.skipped] };
  if (result.status === 'failed') return { ...result, problems: [...result.problems, ...read.skipped] };
  return result;
}

function importJson(text: string, name: string, options: ImportOptions): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { status: 'failed', problems: [jsonProblem(text, err)] };
  }
  if (isCytoscapeJson(value)) return finish(cytoscapeToDraft(value, name, options.mapping), 'cytoscape', options);
  const root = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const count = (k: string) => (Array.isArray(root[k]) ? (root[k] as unknown[]).length : 0);
  const tooBig = graphSizeProblem(count('nodes'), count('edges'));
  if (tooBig) return failed(tooBig, '', 'tieline');
  const { value: completed, filled } = withTielineDefaults(value, name, options.today);
  const checked = validateGraph(completed);
  if (!checked.ok) return { status: 'failed', format: 'tieline', problems: checked.problems };
  const notes = filled.length ? [`not in the file, so filled in: ${filled.join('; ')}`] : [];
  return { status: 'ok', format: 'tieline', file: checked.graph, skipped: [], notes };
}

function importCsv(tables: NamedTable[], options: ImportOptions): ImportResult {
  let edges = tables[0]!;
  let nodes: NamedTable | undefined;
  if (tables.length === 2) {
    const [a, b] = tables as [NamedTable, NamedTable];
    const aNodes = isNodesHeader(a.table.header);
    const bNodes = isNodesHeader(b.table.header);
    if (aNodes === bNodes) {
      return failed(`of the two tables, one must be the edges (source, target, date…) and the other the nodes (id, label, kind…); ${aNodes ? 'both look like nodes tables' : 'both look like edges tables'}`);
    }
    [edges, nodes] = aNodes ? [b, a] : [a, b];
  } else if (isNodesHeader(edges.table.header)) {
    return failed('this looks like a nodes table (id, label, kind); open it together with an edges table (source, target, date), selecting both files at once');
  }
  return finish(csvToDraft(edges, nodes, options.mapping), 'csv', options);
}

/**
 * Imports one file, or an edges table and a nodes table (CSV) together.
 * Never throws: any input gives a result, a mapping request, or problems.
 */
export function importGraph(files: readonly InputFile[], options: ImportOptions): ImportResult {
  try {
    return importFiles(files, options);
  } catch (err) {
    // Only a bug in an importer reaches here; the person still gets a message, not a broken page.
    return failed(`the file could not be read (${err instanceof Error ? err.message : String(err)})`);
  }
}

function importFiles(files: readonly InputFile[], options: ImportOptions): ImportResult {
  if (files.length === 0) return failed('no file was given');
  if (files.length > 2) return failed('open one file at a time, or an edges table and a nodes table (CSV) together');
  const texts: { name: string; text: string; notes: string[] }[] = [];
  for (const f of files) {
    const decoded = decodeBytes(f.bytes);
    if (!decoded.ok) return failed(decoded.message, files.length > 1 ? f.name : '');
    texts.push({ name: f.name, text: decoded.text, notes: decoded.notes });
  }
  const notes = texts.flatMap((t) => t.notes);
  const withNotes = (r: ImportResult): ImportResult => (r.status === 'ok' && notes.length ? { ...r, notes: [...notes, ...r.notes] } : r);
  const kinds = texts.map((t) => detectFormat(t.text));
  if (texts.length === 2) {
    if (kinds.some((k) => k.kind !== 'csv')) return failed('two files can be opened together only as CSV tables: one of edges and one of nodes');
    return withNotes(importCsv(texts.map((t) => ({ name: t.name, table: parseCsv(t.text) })), options));
  }
  const { name, text } = texts[0]!;
  const kind = kinds[0]!;
  switch (kind.kind) {
    case 'json':
      return withNotes(importJson(text, name, options));
    case 'gexf':
      return withNotes(finish(gexfToDraft(text, name), 'gexf', options));
    case 'csv':
      return withNotes(importCsv([{ name, table: parseCsv(text) }], options));
    default:
      return failed(kind.message);
  }
}
