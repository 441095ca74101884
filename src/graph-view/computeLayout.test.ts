import { describe, expect, it } from 'vitest';
import { fixture, TODAY } from '../../tests/fixtures/importFixtures';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { importGraph } from '../data/import/importGraph';
import { toModel } from '../data/toModel';
import { computeLayout } from './computeLayout';

/** |correlation of x and y|: 1 when every point is on one straight line. */
function lineLikeness(points: { x: number; y: number }[]): number {
  const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 1 : Math.abs(sxy / Math.sqrt(sxx * syy));
}

describe('computeLayout', () => {
  it('spreads the graph in two dimensions (it once started every node at 0,0 and drew a diagonal line)', () => {
    for (const name of ['edges-basic.csv', 'edges-minimal.csv']) {
      const imported = importGraph([fixture(name)], { today: TODAY });
      if (imported.status !== 'ok') throw new Error(`${name} did not import`);
      expect(lineLikeness([...computeLayout(toModel(imported.file)).values()])).toBeLessThan(0.9);
    }
    expect(lineLikeness([...computeLayout(smallGraph()).values()])).toBeLessThan(0.9);
  });

  it('tells the story: the sides apart on either side of the centre (above and below on a tall screen), each side with its own people', () => {
    const anchors = { left: 'russia', centre: 'vietnam', right: 'ukraine' };
    const wide = computeLayout(smallGraph(), anchors);
    expect(wide.get('russia')!.x).toBeLessThan(wide.get('vietnam')!.x);
    expect(wide.get('vietnam')!.x).toBeLessThan(wide.get('ukraine')!.x);
    expect(wide.get('lavrov')!.x).toBeLessThan(wide.get('vietnam')!.x);
    expect(wide.get('kuleba')!.x).toBeGreaterThan(wide.get('vietnam')!.x);
    const tall = computeLayout(smallGraph(), anchors, { orientation: 'tall' });
    expect(tall.get('russia')!.y).toBeLessThan(tall.get('vietnam')!.y);
    expect(tall.get('vietnam')!.y).toBeLessThan(tall.get('ukraine')!.y);
  });

  it('is deterministic', () => {
    expect([...computeLayout(smallGraph())]).toEqual([...computeLayout(smallGraph())]);
  });
});
