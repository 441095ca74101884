/**
 * The one gate every graph file passes, in the app at load and on the command
 * line (`npm run validate`): shape (zod) and meaning (references, ids, dates)
 * checked together, every problem reported at once, never a throw.
 */
import { graphFileSchema, type GraphFile } from './schema';
import { shapeProblems } from './shapeProblems';
import { semanticProblems } from './semanticChecks';
import type { Problem } from './problems';
import { jsonErrorOffset } from './jsonErrorPosition';

export { formatProblem, type Problem } from './problems';

/** Either the checked, typed graph or every problem found in it. */
export type ValidationResult = { ok: true; graph: GraphFile } | { ok: false; problems: Problem[] };

/**
 * Checks parsed JSON against the graph format: first its shape with
 * `graphFileSchema`, then, over whatever arrays are present, the rules that
 * need the whole file. Shape and semantic problems are reported together.
 * Never throws, whatever `input` is.
 */
export function validateGraph(input: unknown): ValidationResult {
  try {
    const parsed = graphFileSchema.safeParse(input);
    const problems = [
      ...(parsed.success ? [] : shapeProblems(input, parsed.error.issues)),
      ...semanticProblems(input),
    ];
    if (parsed.success && problems.length === 0) return { ok: true, graph: parsed.data };
    return { ok: false, problems };
  } catch (err) {
    // Only reachable with inputs JSON cannot produce (throwing getters, proxies).
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [{ path: '', message: `the file could not be checked (${reason})` }] };
  }
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A JSON syntax error as a problem with its line and column. */
export function jsonProblem(text: string, err: unknown): Problem {
  const offset = jsonErrorOffset(text);
  if (offset < 0) {
    // The scanner accepts what JSON.parse rejected: fall back to the engine's words.
    const reason = err instanceof Error ? err.message : String(err);
    return { path: '', message: `not valid JSON: ${reason}` };
  }
  const { line, column } = lineAndColumn(text, offset);
  const what = offset >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text.charAt(offset))}`;
  return { path: '', message: `not valid JSON at line ${line}, column ${column}: ${what}` };
}

/**
 * Parses and validates the text of a graph file. Empty text and JSON syntax
 * errors (with line and column) come back as problems like any other.
 */
export function parseGraphText(text: string): ValidationResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [{ path: '', message: 'the file is empty' }] };
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (err) {
    return { ok: false, problems: [jsonProblem(body, err)] };
  }
  return validateGraph(input);
}
