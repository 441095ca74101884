import { describe, expect, it } from 'vitest';
import { EDGE_KINDS } from '../domain/vocabulary';
import { validGraphJson } from './validGraphJson.fixture';
import { formatProblem, parseGraphText, validateGraph, type ValidationResult } from './validateGraph';

/** Every problem of a result as `path: message` lines (empty when valid). */
function messages(result: ValidationResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

function check(mutate: (g: ReturnType<typeof validGraphJson>) => void): string[] {
  const g = validGraphJson();
  mutate(g);
  return messages(validateGraph(g));
}

describe('validateGraph: the fixture', () => {
  it('accepts the small valid graph and returns it typed', () => {
    const result = validateGraph(validGraphJson());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.edges[1]?.position).toBe('abstain');
  });
});

describe('validateGraph: references', () => {
  it('reports an edge target that is not a node', () => {
    expect(check((g) => (g.edges[0]!.target = 'kuleba'))).toEqual(['edges[0].target: "kuleba" is not a node id']);
  });
  it('reports an edge source that is not a node', () => {
    expect(check((g) => (g.edges[1]!.source = 'viet-nam'))).toEqual(['edges[1].source: "viet-nam" is not a node id']);
  });
  it('reports cited source ids that do not exist, on edges and nodes', () => {
    expect(
      check((g) => {
        g.edges[0]!.sources = ['src', 'rfa'];
        g.nodes[2]!.sources = ['nope'];
      }),
    ).toEqual(['nodes[2].sources[0]: "nope" is not a source id', 'edges[0].sources[1]: "rfa" is not a source id']);
  });
  it('reports a node country that is missing or is not a country', () => {
    expect(check((g) => (g.nodes[2]!.country = 'vn'))).toEqual(['nodes[2].country: "vn" is not a node id']);
    expect(check((g) => (g.nodes[3]!.country = 'son'))).toEqual(['nodes[3].country: "son" is a person, not a country']);
  });
  it('does not confuse ids with built-in object keys', () => {
    expect(check((g) => (g.edges[0]!.target = 'constructor'))).toEqual(['edges[0].target: "constructor" is not a node id']);
    expect(check((g) => (g.edges[0]!.target = '__proto__'))).toEqual(['edges[0].target: "__proto__" is not a node id']);
  });
});

describe('validateGraph: unique ids', () => {
  it('names the first record that used a repeated id', () => {
    expect(check((g) => g.nodes.push({ id: 'vietnam', label: 'Viet Nam', kind: 'country' }))).toEqual([
      'nodes[4].id: "vietnam" is already used by nodes[0]',
    ]);
    expect(check((g) => g.sources.push({ ...g.sources[0]! }))).toEqual(['sources[1].id: "src" is already used by sources[0]']);
    expect(check((g) => (g.edges[1]!.id = 'call'))).toEqual(['edges[1].id: "call" is already used by edges[0]']);
  });
});

describe('validateGraph: dates', () => {
  it('rejects dates that are not on the calendar', () => {
    expect(check((g) => (g.edges[0]!.date = '2023-02-30'))).toEqual(['edges[0].date: "2023-02-30" is not a calendar date']);
    expect(check((g) => (g.edges[0]!.end = '2023-13'))).toEqual(['edges[0].end: "2023-13" is not a calendar date']);
    expect(check((g) => (g.sources[0]!.published = '2022-00'))).toEqual(['sources[0].published: "2022-00" is not a calendar date']);
    expect(check((g) => (g.defaultRange.start = '2022-04-31'))).toEqual(['defaultRange.start: "2022-04-31" is not a calendar date']);
  });
  it('accepts 29 February in a leap year only', () => {
    expect(check((g) => (g.edges[0]!.date = '2024-02-29'))).toEqual([]);
    expect(check((g) => (g.edges[0]!.date = '2023-02-29'))).toEqual(['edges[0].date: "2023-02-29" is not a calendar date']);
  });
  it('rejects an end whose period finishes before the date begins', () => {
    expect(check((g) => (g.edges[0]!.end = '2022-01'))).toEqual(['edges[0].end: "2022-01" is before date "2022-03-16"']);
    expect(check((g) => (g.edges[0]!.end = '2021'))).toEqual(['edges[0].end: "2021" is before date "2022-03-16"']);
  });
  it('compares periods, so a coarser end that overlaps the date is fine', () => {
    expect(check((g) => (g.edges[0]!.end = '2022-03'))).toEqual([]);
    expect(check((g) => (g.edges[0]!.end = '2022'))).toEqual([]);
    expect(check((g) => ((g.edges[0]!.date = '2022'), (g.edges[0]!.end = '2022-01-01')))).toEqual([]);
  });
  it('rejects a default range that starts after it ends', () => {
    expect(check((g) => ((g.defaultRange.start = '2025-01-01'), (g.defaultRange.end = '2022')))).toEqual([
      'defaultRange.end: "2022" is before start "2025-01-01"',
    ]);
  });
  it('explains a date written in the wrong form', () => {
    expect(check((g) => (g.edges[0]!.date = 'March 2022'))).toEqual([
      'edges[0].date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or a decade written like 195x (found "March 2022")',
    ]);
  });
});

describe('validateGraph: edges', () => {
  it('rejects self-loops', () => {
    expect(check((g) => (g.edges[0]!.target = 'son'))).toEqual([
      'edges[0].target: "son" is also the source; an edge cannot join a node to itself',
    ]);
  });
  it('allows a position only on vote edges', () => {
    expect(check((g) => (g.edges[0]!.position = 'yes'))).toEqual([
      'edges[0].position: only vote edges can have a position (this edge is a call)',
    ]);
  });
  it('requires at least one cited source', () => {
    expect(check((g) => (g.edges[0]!.sources = []))).toEqual(['edges[0].sources: must cite at least one source']);
  });
});

describe('validateGraph: shape', () => {
  it('says plainly what is missing, mistyped, unknown or not allowed', () => {
    expect(check((g) => delete g.edges[0]!.summary)).toEqual(['edges[0].summary: is required']);
    expect(check((g) => (g.nodes[2]!.aliases = 'Bui Thanh Son'))).toEqual(['nodes[2].aliases: must be a list (found "Bui Thanh Son")']);
    expect(check((g) => (g.edges[0]!.colour = 'red'))).toEqual(['edges[0].colour: is not a field this format allows']);
    expect(check((g) => (g.schemaVersion = 2))).toEqual(['schemaVersion: must be 1 (found 2)']);
    expect(check((g) => (g.title = ''))).toEqual(['title: must not be empty']);
    const kinds = EDGE_KINDS.map((k) => `"${k}"`).join(', ');
    expect(check((g) => (g.edges[0]!.kind = 'chat'))).toEqual([`edges[0].kind: must be one of ${kinds} (found "chat")`]);
  });
  it('reports a file that is not an object', () => {
    expect(messages(validateGraph(null))).toEqual(['the file must hold a JSON object (found null)']);
    expect(messages(validateGraph([1, 2]))).toEqual(['the file must hold a JSON object (found a list)']);
  });
});

describe('validateGraph: every problem at once', () => {
  it('reports shape and semantic problems together, even in the same record', () => {
    const found = check((g) => {
      delete g.edges[0]!.summary;
      g.edges[0]!.target = 'kuleba';
      g.edges[1]!.date = '2022-02-30';
      g.nodes[2]!.country = 'ukraine-mfa';
      g.sources.push({ id: 'src', title: 7 });
    });
    expect(found).toEqual([
      'sources[1].title: must be text (found 7)',
      'sources[1].publisher: is required',
      'sources[1].published: is required',
      'sources[1].file: is required',
      'edges[0].summary: is required',
      'sources[1].id: "src" is already used by sources[0]',
      'nodes[2].country: "ukraine-mfa" is not a node id',
      'edges[0].target: "kuleba" is not a node id',
      'edges[1].date: "2022-02-30" is not a calendar date',
    ]);
  });
  it('still checks references when a whole array has the wrong shape', () => {
    const g = validGraphJson();
    const broken = { ...g, nodes: 'none' };
    expect(messages(validateGraph(broken))).toEqual([
      'nodes: must be a list (found "none")',
      'edges[0].source: "son" is not a node id',
      'edges[0].target: "ukraine" is not a node id',
      'edges[1].source: "vietnam" is not a node id',
      'edges[1].target: "unga" is not a node id',
    ]);
  });
});

describe('formatProblem', () => {
  it('puts the path before the message, and leaves whole-file problems bare', () => {
    expect(formatProblem({ path: 'edges[12].target', message: '"kuleba" is not a node id' })).toBe(
      'edges[12].target: "kuleba" is not a node id',
    );
    expect(formatProblem({ path: '', message: 'the file is empty' })).toBe('the file is empty');
  });
});

describe('parseGraphText', () => {
  it('parses and validates good text', () => {
    expect(parseGraphText(JSON.stringify(validGraphJson())).ok).toBe(true);
    expect(parseGraphText(`\uFEFF${JSON.stringify(validGraphJson())}`).ok).toBe(true);
  });
  it('has its own message for empty text', () => {
    expect(messages(parseGraphText(''))).toEqual(['the file is empty']);
    expect(messages(parseGraphText(' \n\t'))).toEqual(['the file is empty']);
  });
  it('reports JSON syntax errors with line and column', () => {
    expect(messages(parseGraphText('{\n  "title": "x",\n}'))).toEqual(['not valid JSON at line 3, column 1: unexpected "}"']);
    expect(messages(parseGraphText('{"a": }'))).toEqual(['not valid JSON at line 1, column 7: unexpected "}"']);
    expect(messages(parseGraphText('{\n  "nodes": [1, 2'))).toEqual(['not valid JSON at line 2, column 17: the text ends too early']);
  });
  it('treats a "__proto__" key as an unknown field, not as a prototype', () => {
    const text = JSON.stringify(validGraphJson()).replace('{', '{"__proto__": {"polluted": true},');
    expect(messages(parseGraphText(text))).toEqual(['__proto__: is not a field this format allows']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validateGraph: short names (display text for small screens)', () => {
  it('accepts a short name shorter than the label, and keeps it in the model beside the full label', () => {
    const g = validGraphJson();
    g.nodes[2]!.shortName = 'Sơn';
    g.nodes[3]!.shortName = 'UNGA';
    const result = validateGraph(g);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.nodes.map((n) => n.shortName)).toEqual([undefined, undefined, 'Sơn', 'UNGA']);
  });
  it('says where a short name is empty, blank, not shorter than the label, or not text', () => {
    expect(check((g) => (g.nodes[2]!.shortName = ''))).toEqual(['nodes[2].shortName: must not be empty']);
    expect(check((g) => (g.nodes[2]!.shortName = '   '))).toEqual(['nodes[2].shortName: must not be blank']);
    expect(check((g) => (g.nodes[3]!.shortName = 'UN General Assembly'))).toEqual([
      'nodes[3].shortName: "UN General Assembly" must be shorter than the label "UN General Assembly"',
    ]);
    // Counted in characters as read (code points), not UTF-16 units.
    expect(check((g) => (g.nodes[2]!.shortName = 'Bùi Thanh Sơn!'))).toEqual([
      'nodes[2].shortName: "Bùi Thanh Sơn!" must be shorter than the label "Bùi Thanh Sơn"',
    ]);
    expect(check((g) => (g.nodes[2]!.shortName = 7))).toEqual(['nodes[2].shortName: must be text (found 7)']);
  });
  it('accepts a label side for the tall layout and names the allowed ones otherwise', () => {
    expect(check((g) => (g.nodes[2]!.tallLabel = 'right'))).toEqual([]);
    expect(check((g) => (g.nodes[2]!.tallLabel = 'inside'))).toEqual(['nodes[2].tallLabel: must be one of "below", "above", "left", "right" (found "inside")']);
  });
});
