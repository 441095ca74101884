import { describe, expect, it } from 'vitest';
import { countryDistance } from './countryDistance';

describe('countryDistance', () => {
  it('gives mean and largest distance to the own country over the layout width, and who is farthest', () => {
    const points = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 30, y: 40 }, { x: 100, y: 20 }];
    const d = countryDistance(points, [-1, -1, 0, 1]);
    expect(d.max).toBeCloseTo(0.5);
    expect(d.mean).toBeCloseTo((0.5 + 0.2) / 2);
    expect(d.far).toBe(2);
  });

  it('is zero when nobody has a country', () => {
    expect(countryDistance([{ x: 0, y: 0 }, { x: 5, y: 5 }], [-1, -1])).toEqual({ mean: 0, max: 0, far: -1 });
  });
});
