/**
 * The layers, held by a test: domain ← data ← store ← (graph-view,
 * components, export). A file in src/domain, src/data, src/store,
 * src/url-state or src/screen never imports from src/graph-view,
 * src/components or src/export: not statically, not through `import()`,
 * not as `import type` (a type still couples the layers: move it down), not
 * by re-export and not as a worker URL. And src/domain imports neither React
 * nor zustand (that no file outside src/graph-view imports cytoscape, sigma
 * or graphology is held by viewBoundary.test.ts). Tests and fixtures beside
 * the code are not part of a layer and are not read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code, sourceFiles } from './sourceText.fixture';

const ROOT = import.meta.dirname;
const LOWER = ['domain', 'data', 'store', 'url-state', 'screen'];
const UPPER = ['graph-view', 'components', 'export'];
const NOT_IN_DOMAIN = /^(react|react-dom|zustand)(\/.*)?$/;

/** Every module a file names: `import … from`, `import type`, `export … from`, `import 'x'`, `import('x')`, `new URL('x', import.meta.url)`. */
export function specifiers(text: string): string[] {
  const t = code(text);
  const rules = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]/g,
    /\bnew\s+URL\(\s*['"`]([^'"`]+)['"`]\s*,\s*import\.meta\.url/g,
  ];
  return rules.flatMap((re) => [...t.matchAll(re)].map((m) => m[1]!));
}

/** The top folder under src/ a relative specifier in `file` points into, or null for a package. */
function layerOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const rel = relative(ROOT, resolve(dirname(file), spec)).split('\\').join('/');
  return rel.startsWith('..') ? null : rel.split('/')[0]!;
}

const rel = (f: string) => relative(ROOT, f).split('\\').join('/');

describe('layering', () => {
  const lower = LOWER.filter((d) => existsSync(join(ROOT, d))).flatMap((d) => sourceFiles(join(ROOT, d)));

  it('finds the files it guards', () => {
    for (const d of ['domain', 'data', 'store', 'url-state']) expect(lower.some((f) => rel(f).startsWith(`${d}/`))).toBe(true);
    expect(lower.some((f) => f.endsWith('importController.ts'))).toBe(true);
  });

  it('no domain, data, store, url-state or screen file imports from graph-view, components or export', () => {
    const offences = lower.flatMap((f) =>
      specifiers(readFileSync(f, 'utf8'))
        .filter((s) => UPPER.includes(layerOf(f, s) ?? ''))
        .map((s) => `${rel(f)}: ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it('no domain file imports React or zustand', () => {
    const offences = sourceFiles(join(ROOT, 'domain')).flatMap((f) =>
      specifiers(readFileSync(f, 'utf8'))
        .filter((s) => NOT_IN_DOMAIN.test(s))
        .map((s) => `${rel(f)}: ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it('the check sees every way of naming a module, and not comments or strings that only look like one', () => {
    const file = join(ROOT, 'store', 'import', 'x.ts');
    const upper = (text: string) => specifiers(text).filter((s) => UPPER.includes(layerOf(file, s) ?? ''));
    expect(upper("import { rendererFor } from '../../graph-view/rendererChoice';")).toEqual(['../../graph-view/rendererChoice']);
    expect(upper("import type { Positions } from '../../graph-view/elements';")).toEqual(['../../graph-view/elements']);
    expect(upper("import {\n  a,\n  type B,\n} from \"../../components/App/App\";")).toEqual(['../../components/App/App']);
    expect(upper("import * as png from '../../export/exportPng';")).toEqual(['../../export/exportPng']);
    expect(upper("export { MAX } from '../../graph-view/x';")).toEqual(['../../graph-view/x']);
    expect(upper("import '../../graph-view/styles.css';")).toEqual(['../../graph-view/styles.css']);
    expect(upper("const { layoutInBackground } = await import('../../graph-view/layoutInBackground');")).toEqual(['../../graph-view/layoutInBackground']);
    expect(upper("type L = typeof import('../../graph-view/layoutInBackground');")).toEqual(['../../graph-view/layoutInBackground']);
    expect(upper("new Worker(new URL('../../graph-view/layout.worker.ts', import.meta.url));")).toEqual(['../../graph-view/layout.worker.ts']);
    // Within the layers below, packages, comments and plain strings are not offences.
    expect(upper("import { pairsOf } from '../../domain/pairs';\nimport { create } from 'zustand';")).toEqual([]);
    expect(upper("// drawn by graph-view/rendererChoice.ts\n/* import x from '../../graph-view/a' */\nconst from = 'x';")).toEqual([]);
    expect(specifiers("import { useState } from 'react';").filter((s) => NOT_IN_DOMAIN.test(s))).toEqual(['react']);
    expect(specifiers("import { create } from 'zustand/vanilla';").filter((s) => NOT_IN_DOMAIN.test(s))).toEqual(['zustand/vanilla']);
  });
});
