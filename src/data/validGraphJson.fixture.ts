/**
 * A small valid graph file, as raw JSON, for the validator's tests (not
 * tests/fixtures/smallGraph, which is a loaded model): two countries, a
 * person, one source, a call and a vote. Each test breaks one thing in a copy.
 */

/** Plain JSON values, so tests can mutate the fixture freely. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A fresh, valid graph file as plain JSON (a new copy on every call). */
export function validGraphJson(): { [key: string]: Json } & {
  sources: { [key: string]: Json }[];
  nodes: { [key: string]: Json }[];
  edges: { [key: string]: Json }[];
  defaultRange: { [key: string]: Json };
} {
  return {
    $schema: './graph.schema.json',
    schemaVersion: 1,
    title: 'Test graph',
    description: 'A graph for tests.',
    defaultRange: { start: '2022-01-01', end: '2025-12-31' },
    sources: [{ id: 'src', title: 'An article', publisher: 'A paper', published: '2022-03', file: '000.txt' }],
    nodes: [
      { id: 'vietnam', label: 'Vietnam', kind: 'country' },
      { id: 'ukraine', label: 'Ukraine', kind: 'country' },
      { id: 'son', label: 'Bùi Thanh Sơn', kind: 'person', country: 'vietnam', aliases: ['Bui Thanh Son'], sources: ['src'] },
      { id: 'unga', label: 'UN General Assembly', kind: 'institution' },
    ],
    edges: [
      { id: 'call', source: 'son', target: 'ukraine', kind: 'call', date: '2022-03-16', summary: 'They spoke.', sources: ['src'] },
      { id: 'vote', source: 'vietnam', target: 'unga', kind: 'vote', date: '2022-03-02', position: 'abstain', summary: 'It abstained.', sources: ['src'] },
    ],
  };
}
