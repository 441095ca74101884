/**
 * Turns zod's issues into plain problems with paths. zod describes types in
 * its own terms ("expected array, received undefined"); a person editing the
 * file needs "is required" or "must be a list (found a number)".
 */
import type { z } from 'zod/mini';
import { describeValue, pathToString, type PathSegments, type Problem } from './problems';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Reads the value at a path in the raw input, or undefined; never throws on odd values. */
function valueAt(input: unknown, path: PathSegments): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof key === 'symbol') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');
}

function messageFor(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return 'is required';
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return `must be ${expected} (found ${describeValue(found)})`;
    }
    case 'invalid_value': {
      if (found === undefined) return 'is required';
      const options = issue.values;
      if (options.length === 1) return `must be ${listValues(options)} (found ${describeValue(found)})`;
      return `must be one of ${listValues(options)} (found ${describeValue(found)})`;
    }
    case 'invalid_format':
      return typeof found === 'string' ? `${issue.message} (found ${describeValue(found)})` : issue.message;
    default:
      // The schema gives its own plain messages ("must not be empty", "must cite at least one source").
      return issue.message;
  }
}

/** One or more problems for each zod issue (an unknown-keys issue gives one per key). */
export function shapeProblems(input: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: pathToString([...issue.path, key]), message: 'is not a field this format allows' });
      }
      continue;
    }
    const found = valueAt(input, issue.path);
    if (issue.path.length === 0 && issue.code === 'invalid_type') {
      problems.push({ path: '', message: `the file must hold a JSON object (found ${describeValue(found)})` });
      continue;
    }
    problems.push({ path: pathToString(issue.path), message: messageFor(issue, found) });
  }
  return problems;
}
