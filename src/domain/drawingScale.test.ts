import { describe, expect, it } from 'vitest';
import { importGraph } from '../data/import/importGraph';
import { toModel } from '../data/toModel';
import { textFile, TODAY } from '../../tests/fixtures/importFixtures';
import { drawnLineCount, rendererFor, SIGMA_MIN_EDGES } from './drawingScale';

/** `rows` interactions, one a day; `pair(i)` names the two actors of row i. */
function graphOf(rows: number, pair: (i: number) => [string, string]) {
  const first = Date.UTC(2000, 0, 1);
  const lines = Array.from({ length: rows }, (_, i) => `${pair(i).join(',')},${new Date(first + i * 86_400_000).toISOString().slice(0, 10)}`);
  const r = importGraph([textFile('g.csv', ['source,target,date', ...lines].join('\n'))], { today: TODAY });
  if (r.status !== 'ok') throw new Error(JSON.stringify(r).slice(0, 300));
  return toModel(r.file);
}

describe('drawing scale: renderer choice', () => {
  it('draws a graph of SIGMA_MIN_EDGES lines or more with sigma, fewer with cytoscape', () => {
    const spread = (i: number): [string, string] => [`A${i % 400}`, `B${(i * 7) % 397}`];
    expect(rendererFor(graphOf(SIGMA_MIN_EDGES, spread))).toBe('sigma');
    expect(rendererFor(graphOf(SIGMA_MIN_EDGES - 1, spread))).toBe('cytoscape');
  });

  it('counts a heavy pair as its one line: many rows between two actors stay with cytoscape', () => {
    const g = graphOf(SIGMA_MIN_EDGES + 2000, () => ['Alpha', 'Beta']);
    expect(drawnLineCount(g)).toBe(1);
    expect(rendererFor(g)).toBe('cytoscape');
  });
});
