/**
 * A hand-written Tieline file often has just its nodes, edges and sources.
 * Before validation, the parts a person need not write get defaults (and a
 * note saying so): the schema version, a title and a description from the file
 * name, the date range from the edges' dates, each source's `file`. Anything
 * written stays as written; anything wrong is still reported by validation.
 */
import { isoFromDay, parseFuzzyDate } from '../../domain/dates';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const missing = (o: Obj, k: string) => !Object.prototype.hasOwnProperty.call(o, k);

/** The span of every edge date and end that reads as a date, or null when none does. */
function rangeOf(edges: unknown): { start: string; end: string } | null {
  if (!Array.isArray(edges)) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const e of edges) {
    if (!isObj(e)) continue;
    for (const k of ['date', 'end']) {
      const d = typeof e[k] === 'string' ? parseFuzzyDate(e[k] as string) : null;
      if (!d) continue;
      first = Math.min(first, d.first);
      last = Math.max(last, d.last);
    }
  }
  return first <= last ? { start: isoFromDay(first), end: isoFromDay(last) } : null;
}

/** The file with defaults filled in, and the words for what was filled; a non-object is returned as it is. */
export function withTielineDefaults(value: unknown, fileName: string, today: string): { value: unknown; filled: string[] } {
  if (!isObj(value) || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return { value, filled: [] };
  const out: Obj = { ...value };
  const filled: string[] = [];
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || 'Opened graph';
  if (missing(out, 'schemaVersion')) {
    out.schemaVersion = 1;
    filled.push('the schema version (1)');
  }
  if (missing(out, 'title')) {
    out.title = name;
    filled.push(`the title (${JSON.stringify(name)})`);
  }
  if (missing(out, 'description')) {
    out.description = `Opened from ${fileName || 'a file'} on ${today}.`;
    filled.push('the description');
  }
  if (missing(out, 'defaultRange')) {
    const range = rangeOf(out.edges);
    if (range) {
      out.defaultRange = range;
      filled.push(`the date range (${range.start} to ${range.end}, from the edges)`);
    }
  }
  if (Array.isArray(out.sources)) {
    let files = 0;
    out.sources = out.sources.map((s) => {
      if (!isObj(s) || !missing(s, 'file')) return s;
      files++;
      return { ...s, file: fileName || 'opened file' };
    });
    if (files) filled.push(`${files === 1 ? "a source's file" : `${files} sources' file`} (${JSON.stringify(fileName || 'opened file')})`);
  }
  return { value: out, filled };
}
