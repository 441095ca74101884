/**
 * The architecture's boundary, held by a test: components, the graph view and
 * the exports (pictures, video) never compute what is in view, counts or
 * paths themselves; they read the store's view engine
 * (src/domain/viewEngine.ts). This fails when a file in src/components,
 * src/graph-view or src/export
 * - imports a visibility, filter, path or time-index function, by name, as a
 *   namespace (`import * as`), as a default or through a dynamic import;
 * - constructs an engine of its own;
 * - scans the interactions: a loop or array method over the graph's edges
 *   (directly or through an alias), a filtering pass over the engine's lists,
 *   or a read of the engine's per-edge visible flags. Indexing one edge
 *   (`graph.edges[i]`) and `graph.edges.length` as a size are reads, not scans.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code, sourceFiles } from './sourceText.fixture';

const ROOT = import.meta.dirname;
const FORBIDDEN_NAMES =
  /^(filterMask|filterCounts|filterTests|shortestPaths|searchShortestPaths|pathsMayChange|neighbourhood|pathEdges|buildAdjacency|monthlyActivity|balanceBuckets|kindsInView|buildSearchIndex|startingIn|endingIn|countAtOrBefore|countBefore|overlaps|boundsOf|buildTimeIndex)$/;
const NEW_ENGINE = /\bnew\s+ViewEngine\b/;

/**
 * Files allowed to scan the interactions, with how many scans each may hold
 * (one more fails) and why it is not a view computation.
 */
const ALLOWED_SCANS: Record<string, [count: number, why: string]> = {
  'graph-view/elements.ts': [1, 'builds one cytoscape element per interaction, whatever the view (looks come from the engine)'],
  'graph-view/attachGraphView.ts': [1, 'looks up the renderer element of every interaction once, to apply change records by index'],
  'graph-view/sigma/buildSigmaGraph.ts': [1, 'builds one graphology edge per interaction, whatever the view (looks come from the engine)'],
  'graph-view/computeLayout.ts': [1, 'layout: which actors are joined, over the whole graph; not time or filters'],
  'graph-view/gridLayout.ts': [1, 'layout: connected components of the whole graph'],
  'graph-view/embedLabelSides.ts': [1, 'label placement: the directions of all lines at an actor, whatever the view'],
  'graph-view/sigma/uncertainNote.ts': [1, 'a fixed fact of the sigma drawing (planned or disputed ties inside one-line pairs, whole graph), not the view'],
  'graph-view/sigma/applySigmaLooks.ts': [1, 'a full redraw applies the engine’s looks to every line (no view computation)'],
  'graph-view/pairLineColor.ts': [1, 'a pair line’s colour from the engine’s visible flags over that pair only (per touched pair, per step); left to the step work on the graph view'],
  'components/Legend/legendEntries.ts': [2, 'the legend lists what the whole graph contains (kinds, line looks), not the view'],
};

const names = (list: string) =>
  list
    .split(',')
    .map((s) => s.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((s) => s.split(/\s+as\s+|\s*:\s*/)[0]!.trim());

/** The names a file takes from other modules: named, namespace (`ns.name` uses), default and dynamic imports. */
export function importedNames(text: string): string[] {
  const t = code(text);
  const out: string[] = [];
  for (const m of t.matchAll(/import\s+(?:type\s+)?(?:\w+\s*,\s*)?\{([^}]*)\}\s*from/g)) out.push(...names(m[1]!));
  // A default import: the local name is what the file calls.
  for (const m of t.matchAll(/import\s+(\w+)\s*(?:,|\s+from\b)/g)) if (m[1] !== 'type') out.push(m[1]!);
  // Namespaces, static (`import * as ns`) or dynamic (`const ns = await import(…)`, `.then((ns) => …)`): every `ns.name` used.
  const spaces = [
    ...[...t.matchAll(/import\s+\*\s+as\s+(\w+)/g)].map((m) => m[1]!),
    ...[...t.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*(?:await\s+)?import\(/g)].map((m) => m[1]!),
    ...[...t.matchAll(/import\([^)]*\)\s*\.then\(\s*\(?\s*(\w+)\s*\)?\s*=>/g)].map((m) => m[1]!),
  ];
  for (const ns of spaces) for (const m of t.matchAll(new RegExp(`\\b${ns}\\s*\\.\\s*(\\w+)`, 'g'))) out.push(m[1]!);
  // Dynamic imports destructured: `const { a } = await import(…)`, `import(…).then(({ a }) => …)`, `(await import(…)).a`.
  for (const m of t.matchAll(/\{([^}]*)\}\s*=\s*await\s+import\(/g)) out.push(...names(m[1]!));
  for (const m of t.matchAll(/import\([^)]*\)\s*\.then\(\s*\(\s*\{([^}]*)\}/g)) out.push(...names(m[1]!));
  for (const m of t.matchAll(/\(\s*await\s+import\([^)]*\)\s*\)\s*\.\s*(\w+)/g)) out.push(m[1]!);
  return out;
}

const METHODS = 'filter|forEach|map|flatMap|reduce|reduceRight|some|every|find|findIndex|findLast|findLastIndex|entries|keys|values';

/** Each scan of the interactions in a file, as the text that makes it one. */
export function interactionScans(text: string): string[] {
  const t = code(text);
  // Aliases of the edge list: `const edges = graph.edges;`, `const { edges } = graph` (or `model`).
  const aliases = [
    ...[...t.matchAll(/(?:const|let|var)\s+(\w+)\s*=\s*[\w.!?]*\b(?:graph|model)!?\.edges\s*;/g)].map((m) => m[1]!),
    ...[...t.matchAll(/(?:const|let|var)\s*\{([^}]*)\}\s*=\s*[\w.!?]*\b(?:graph|model)!?\s*;/g)].flatMap((m) =>
      m[1]!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^edges\b/.test(s))
        .map((s) => s.split(':').pop()!.trim()),
    ),
  ];
  const list = `(?:[\\w.!?]*?\\b(?:graph|model)!?\\.edges${aliases.map((a) => `|(?<![.\\w])${a}`).join('')})`;
  const rules = [
    new RegExp(`${list}\\s*\\.\\s*(?:${METHODS})\\s*\\(`, 'g'),
    new RegExp(`for\\s*\\(\\s*(?:const|let|var)\\s+[^;)]*?\\s+(?:of|in)\\s+${list}\\b`, 'g'),
    new RegExp(`for\\s*\\([^;)]*;[^;)]*<=?\\s*${list}\\s*\\.\\s*length`, 'g'),
    new RegExp(`(?:\\[\\s*\\.\\.\\.\\s*${list}\\b|Array\\.from\\(\\s*${list}\\b|Object\\.(?:keys|values|entries)\\(\\s*${list}\\b)`, 'g'),
    // A pass over the engine's lists that filters, tallies or tests them (mapping indices to rows for display is a read).
    /\.(?:edgesInView|edgesPassingFilters|edgesOfActor|edgesOfPair|edgesBetween)\([^)]*\)\s*\.\s*(?:filter|flatMap|reduce|reduceRight|some|every|forEach|find|findIndex)\s*\(/g,
    // The engine's per-edge visible flags: reading them is computing with visibility.
    /\bedgeVisible\b/g,
  ];
  return rules.flatMap((re) => [...t.matchAll(re)].map((m) => m[0].replace(/\s+/g, ' ')));
}

describe('view boundary', () => {
  const guarded = ['components', 'graph-view', 'export'];
  const files = guarded.flatMap((d) => sourceFiles(join(ROOT, d)));

  it('finds the files it guards', () => {
    for (const f of ['GraphCanvas.tsx', 'StatusLine.tsx', 'attachSigmaView.ts', 'recordReplay.ts', 'pictureSpec.ts', 'EventParticipants.tsx']) {
      expect(files.some((p) => p.endsWith(f))).toBe(true);
    }
  });

  it('only src/graph-view imports a renderer (cytoscape, sigma, graphology)', () => {
    const all = sourceFiles(ROOT).filter((f) => !relative(ROOT, f).startsWith('graph-view'));
    const renderer = /from\s+'(cytoscape[^']*|react-cytoscapejs|sigma[^']*|graphology[^']*)'|import\('(cytoscape|sigma|graphology)/;
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => renderer.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f))).toEqual([]);
    expect(renderer.test("import Sigma from 'sigma';")).toBe(true);
  });

  it('no component, graph-view or export file imports a function that computes visibility, counts or paths', () => {
    const offences = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      const found = importedNames(text).filter((n) => FORBIDDEN_NAMES.test(n));
      if (NEW_ENGINE.test(code(text))) found.push('new ViewEngine');
      return [...new Set(found)].map((n) => `${relative(ROOT, f)}: ${n}`);
    });
    expect(offences).toEqual([]);
  });

  it('no component, graph-view or export file scans the interactions, except the few listed with their reason', () => {
    const offences = files.flatMap((f) => {
      const rel = relative(ROOT, f).split('\\').join('/');
      const scans = interactionScans(readFileSync(f, 'utf8'));
      const allowed = ALLOWED_SCANS[rel]?.[0] ?? 0;
      return scans.length > allowed ? [`${rel}: ${scans.join(' | ')}`] : [];
    });
    expect(offences).toEqual([]);
    // An allowance nobody needs any more is removed, so it cannot hide a new scan.
    const unused = Object.entries(ALLOWED_SCANS)
      .filter(([rel, [count]]) => interactionScans(readFileSync(join(ROOT, rel), 'utf8')).length < count)
      .map(([rel]) => rel);
    expect(unused).toEqual([]);
  });

  it('the import check catches named, namespace, default and dynamic imports', () => {
    const forbidden = (text: string) => importedNames(text).filter((n) => FORBIDDEN_NAMES.test(n));
    expect(forbidden("import { boundsOf, type Bounds } from '../../domain/timeView';")).toEqual(['boundsOf']);
    expect(forbidden("import { filterMask as fm } from '../domain/filters';")).toEqual(['filterMask']);
    expect(forbidden("import * as P from '../domain/paths';\nconst x = P.shortestPaths(g, a, v, 1, 2, 3);")).toEqual(['shortestPaths']);
    expect(forbidden("import kindsInView from '../domain/kindsInView';")).toEqual(['kindsInView']);
    expect(forbidden("const { monthlyActivity } = await import('../domain/activity');")).toEqual(['monthlyActivity']);
    expect(forbidden("const t = await import('../domain/timeIndex');\nt.startingIn(i, 1, 2);")).toEqual(['startingIn']);
    expect(forbidden("void import('../domain/paths').then((m) => m.neighbourhood(g, a, v, 1, 1));")).toEqual(['neighbourhood']);
    expect(forbidden("void import('../domain/paths').then(({ pathEdges }) => pathEdges);")).toEqual(['pathEdges']);
    expect(forbidden("const f = (await import('../domain/filters')).filterTests;")).toEqual(['filterTests']);
    // Comments and the engine's own methods are not imports.
    expect(forbidden('// boundsOf is in timeView\nconst k = engine.kindsInView(true);')).toEqual([]);
    expect(NEW_ENGINE.test(code('const e = new ViewEngine();'))).toBe(true);
  });

  it('the scan check catches loops and passes over the interactions, and leaves single reads alone', () => {
    const scans = (text: string) => interactionScans(text).length;
    expect(scans('const pairs = graph.edges.filter((e) => e.event === edge.event);')).toBe(1);
    expect(scans('const over = graph.edges\n  .filter((e) => e.first <= to)\n  .map((e) => e.index);')).toBe(1);
    expect(scans('for (const e of s.graph!.edges) n++;')).toBe(1);
    expect(scans('for (let i = 0; i < graph.edges.length; i++) if (mask[i]) n++;')).toBe(1);
    expect(scans('const edges = graph.edges;\nconst n = edges.reduce((a, e) => a + 1, 0);')).toBe(1);
    expect(scans('const { edges } = graph;\nfor (const e of edges) n++;')).toBe(1);
    expect(scans('const drawn = s.engine.edgesInView().filter((i) => keep(i));')).toBe(1);
    expect(scans('const v = engine.edgeVisible;')).toBe(1);
    expect(scans('const e = graph.edges[i]!;\nconst size = graph.edges.length;\nconst rows = inView.map((i) => graph.edges[i]!);')).toBe(0);
    expect(scans("// graph.edges.filter(...) is what we avoid\nconst x = cy.edges('.agg').filter(f);")).toBe(0);
  });
});
