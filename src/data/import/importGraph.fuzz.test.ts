// Property-based: whatever bytes a person opens, the importer answers with a
// checked graph, a mapping request or a list of problems, and never throws.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { fixture, TODAY } from '../../../tests/fixtures/importFixtures';
import { validateGraph } from '../validateGraph';
import { importGraph } from './importGraph';
import type { ImportResult, InputFile } from './importTypes';

function wellFormed(r: ImportResult): boolean {
  if (r.status === 'ok') return validateGraph(r.file).ok && r.file.edges.length > 0;
  // importGraph's last-resort catch ("could not be read (…)") would mean an importer threw: that is a failure here.
  if (r.status === 'failed') return r.problems.length > 0 && r.problems.every((p) => p.message !== '' && !p.message.startsWith('the file could not be read ('));
  return r.request.columns.length > 0;
}

const FIXTURES = ['edges-basic.csv', 'edges-excel-semicolon.csv', 'cytoscape-cy-json.json', 'gexf-dynamic-1.3.gexf', 'gexf-static-1.2.gexf'];
const encode = (s: string) => new TextEncoder().encode(s);
const run = (bytes: Uint8Array, name = 'fuzz') => importGraph([{ name, bytes } satisfies InputFile], { today: TODAY });

describe('importGraph on random input', () => {
  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => wellFormed(run(bytes))), { numRuns: 300 });
  });

  it('random text built from the characters that matter to CSV, JSON and XML', () => {
    const pieces = fc.constantFrom(',', ';', '"', '\n', '\r\n', '<', '>', '/', '{', '}', '[', ']', ':', '=', 'source', 'target', 'date', '2022-03-01', '2023-13-01', 'a', 'b', ' ', '<gexf>', '<edge source="a" target="b" start="2020"/>', '"elements"', '"data"', '&amp;', '&#0;');
    const text = fc.array(pieces, { maxLength: 80 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => wellFormed(run(encode(t)))), { numRuns: 400 });
  });

  it('fixtures with characters cut, repeated or replaced', () => {
    const base = FIXTURES.map((f) => new TextDecoder().decode(fixture(f).bytes));
    const mutated = fc
      .tuple(fc.constantFrom(...base), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }))
      .map(([text, edits]) =>
        edits.reduce((t, [at, cut, insert]) => {
          const i = at % (t.length + 1);
          return t.slice(0, i) + insert + t.slice(i + cut);
        }, text),
      );
    fc.assert(fc.property(mutated, (t) => wellFormed(run(encode(t)))), { numRuns: 300 });
  });
});
