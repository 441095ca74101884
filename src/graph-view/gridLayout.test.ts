import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { gridLayout } from './gridLayout';

describe('gridLayout', () => {
  it('places every actor once, on distinct points, the same way every time', () => {
    const g = smallGraph();
    const a = gridLayout(g);
    expect(a.size).toBe(g.nodes.length);
    const points = new Set([...a.values()].map((p) => `${p.x},${p.y}`));
    expect(points.size).toBe(g.nodes.length);
    expect([...gridLayout(g)]).toEqual([...a]);
  });
});
