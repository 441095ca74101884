/**
 * Property tests: whatever happens to the shipped file, and whatever junk
 * arrives instead of it, the validator answers (ok, or problems with paths)
 * and never throws.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorPosition';
import { parseGraphText, validateGraph, type ValidationResult } from './validateGraph';

const shippedText = readFileSync(resolve(__dirname, '../../data/graph.json'), 'utf8');
const RUNS = { numRuns: 200 };

type Path = (string | number)[];

/** Every path in a JSON value, the root included. */
function allPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, k], out);
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | null {
  let current: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>) : null;
}

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'replace'; pick: number; value: unknown }
  | { op: 'swapIds'; a: number; b: number }
  | { op: 'truncate'; pick: number; keep: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ op: fc.constant('swapIds' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), pick: fc.nat(), keep: fc.nat({ max: 5 }) }),
);

function apply(root: Record<string, unknown>, m: Mutation): void {
  const paths = allPaths(root).slice(1);
  if (m.op === 'swapIds') {
    const idPaths = paths.filter((p) => p[p.length - 1] === 'id' && p.length === 3);
    const pa = idPaths[m.a % idPaths.length];
    const pb = idPaths[m.b % idPaths.length];
    const ra = pa && parentOf(root, pa);
    const rb = pb && parentOf(root, pb);
    if (ra && rb) [ra.id, rb.id] = [rb.id, ra.id];
    return;
  }
  if (m.op === 'truncate') {
    const arrays = paths.filter((p) => Array.isArray(p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root)));
    const path = arrays[m.pick % arrays.length];
    const parent = path && parentOf(root, path);
    const key = path?.[path.length - 1];
    if (parent && key !== undefined) (parent[key] as unknown[]).length = Math.min(m.keep, (parent[key] as unknown[]).length);
    return;
  }
  const path = paths[m.pick % paths.length];
  const parent = path && parentOf(root, path);
  const key = path?.[path.length - 1];
  if (!parent || key === undefined) return;
  if (m.op === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else parent[key] = m.value;
}

function expectAnswer(result: ValidationResult): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('validateGraph under random damage', () => {
  it('never throws on mutations of the shipped file and always explains a failure', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const root = JSON.parse(shippedText) as Record<string, unknown>;
        for (const m of mutations) apply(root, m);
        expectAnswer(validateGraph(root));
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary values, including odd prototypes and keys', () => {
    const junk = fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      withBoxedValues: true,
      key: fc.constantFrom('__proto__', 'constructor', 'toString', 'nodes', 'edges', 'sources', 'id', 'kind', 'date'),
    });
    fc.assert(fc.property(junk, (value) => expectAnswer(validateGraph(value))), RUNS);
  });

  it('never throws on junk records inside an otherwise valid file', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), (records) => {
        const root = JSON.parse(shippedText) as Record<string, unknown[]>;
        root.edges = [...(root.edges ?? []), ...records];
        root.nodes = [...records, ...(root.nodes ?? [])];
        expectAnswer(validateGraph(root));
      }),
      RUNS,
    );
  });

  it('copes with deep nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = [deep];
    expectAnswer(validateGraph({ nodes: deep, edges: [deep] }));
    expectAnswer(parseGraphText(`${'['.repeat(5000)}${']'.repeat(5000)}`));
  });
});

describe('parseGraphText under random damage', () => {
  it('never throws on cut or edited text, and places every syntax error in the text', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 3 }), (at, cut, insert) => {
        const i = at % shippedText.length;
        const text = shippedText.slice(0, i) + insert + shippedText.slice(i + cut);
        expectAnswer(parseGraphText(text));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(valid);
      }),
      RUNS,
    );
  });
});
