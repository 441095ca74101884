// @vitest-environment jsdom
/**
 * The bench's Tieline page (bench/pages/tieline.tsx) must measure what the app
 * does: it goes through the app's renderer choice (LazyGraphCanvas), so a large
 * graph is drawn by the sigma view and the shipped-size graphs by cytoscape, and
 * it reports which one drew. The two views are stubbed (jsdom has no canvas or
 * WebGL); each stub does what the real view does for the page: sets the test
 * hook and the painted mark.
 */
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateGraphText } from '../../bench/generate';
import { SIGMA_MIN_EDGES } from '../../src/domain/drawingScale';

const drawn: string[] = [];
function paintAs(renderer: 'cytoscape' | 'sigma') {
  drawn.push(renderer);
  window.__tieline = (renderer === 'sigma' ? { renderer } : { cy: { edges: () => ({ filter: () => ({ length: -1 }) }) } }) as never;
  performance.mark('tieline:graph-painted');
}
vi.mock('../../src/graph-view/GraphCanvas', () => ({
  GraphCanvas: () => {
    paintAs('cytoscape');
    return null;
  },
}));
vi.mock('../../src/graph-view/sigma/SigmaCanvas', () => ({
  SigmaCanvas: () => {
    paintAs('sigma');
    return null;
  },
}));

async function openPage(edges: number) {
  const text = generateGraphText({ edges, seed: 7 });
  vi.stubGlobal('fetch', async () => ({ ok: true, status: 200, text: async () => text }));
  window.history.replaceState(null, '', '/pages/tieline.html?graph=g.json');
  document.body.innerHTML = '<div id="root"></div>';
  vi.resetModules();
  await act(async () => {
    await import('../../bench/pages/tieline');
  });
  await act(() => window.bench!.ready);
  return window.bench!;
}

afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMarks();
  delete window.__tieline;
  drawn.length = 0;
});

describe('bench Tieline page', () => {
  it('draws a small graph with cytoscape, as the app does', async () => {
    const bench = await openPage(1000);
    expect(drawn).toContain('cytoscape');
    expect(drawn).not.toContain('sigma');
    expect(bench.info().renderer).toBe('cytoscape');
  });

  it('draws a graph of SIGMA_MIN_EDGES lines and more with sigma, and counts what is in view from the engine', async () => {
    const bench = await openPage(SIGMA_MIN_EDGES + 2000);
    expect(drawn).toContain('sigma');
    expect(drawn).not.toContain('cytoscape');
    expect(bench.info().renderer).toBe('sigma');
    expect(bench.visibleEdges()).toBeGreaterThan(0);
  }, 30_000);
});
