/**
 * Problems found in a graph file: where (a path such as `edges[12].target`)
 * and what, in plain words. Shared by the shape and the semantic checks.
 */

/** One thing wrong with a graph file. */
export interface Problem {
  /** Where: `edges[12].target`, `defaultRange.start`, or `` for the whole file. */
  path: string;
  /** What is wrong, in plain English, without the path. */
  message: string;
}

/** A path as a list of keys and indexes, before it is written out. */
export type PathSegments = ReadonlyArray<PropertyKey>;

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way a JavaScript reader expects it:
 * `["edges", 12, "target"]` → `edges[12].target`; keys that are not plain
 * identifiers are quoted (`nodes[0]["odd key"]`); the empty path is ``.
 */
export function pathToString(segments: PathSegments): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${String(segment)}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `edges[12].target: "kuleba" is not a node id`, or just the message for whole-file problems. */
export function formatProblem(p: Problem): string {
  return p.path === '' ? p.message : `${p.path}: ${p.message}`;
}

/**
 * A short, safe description of any value for use inside a message:
 * strings are quoted (and cut if long), containers are named, never expanded.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** Quotes a string the way messages show ids and dates: `"kuleba"`. */
export function quote(text: string): string {
  return describeValue(text);
}
