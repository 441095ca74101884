import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockwise, nearestInDirection, nearestTo, type ArrowDirection, type ScreenPoint } from './spatialNavigation';

//      n
//  w   c   e     (screen coordinates: y grows downwards)
//      s     far-e
const points: ScreenPoint[] = [
  { id: 'c', x: 0, y: 0 },
  { id: 'n', x: 0, y: -100 },
  { id: 's', x: 10, y: 100 },
  { id: 'e', x: 100, y: -10 },
  { id: 'w', x: -100, y: 5 },
  { id: 'far-e', x: 400, y: 120 },
];
const c = points[0]!;

describe('nearestInDirection', () => {
  it.each<[ArrowDirection, string]>([
    ['up', 'n'],
    ['down', 's'],
    ['right', 'e'],
    ['left', 'w'],
  ])('%s from the centre goes to %s', (dir, id) => {
    expect(nearestInDirection(points, c, dir, 'c')?.id).toBe(id);
  });

  it('prefers straight ahead to merely close, and gives null at the edge', () => {
    const row: ScreenPoint[] = [
      { id: 'a', x: 0, y: 0 },
      { id: 'ahead', x: 200, y: 0 },
      { id: 'aside', x: 60, y: 90 },
    ];
    expect(nearestInDirection(row, row[0]!, 'right', 'a')?.id).toBe('ahead');
    expect(nearestInDirection(points, points[5]!, 'right', 'far-e')).toBeNull();
  });

  it('never returns the starting point, and always returns a point that lies that way', () => {
    const arb = fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(arb, fc.constantFrom<ArrowDirection>('left', 'right', 'up', 'down'), (pts, dir) => {
        const from = pts[0]!;
        const to = nearestInDirection(pts, from, dir, from.id);
        if (!to) return;
        expect(to.id).not.toBe(from.id);
        const along = { left: from.x - to.x, right: to.x - from.x, up: from.y - to.y, down: to.y - from.y }[dir];
        expect(along).toBeGreaterThan(0);
      }),
    );
  });
});

describe('nearestTo and clockwise', () => {
  it('finds the point nearest a spot', () => {
    expect(nearestTo(points, { x: 90, y: 0 })?.id).toBe('e');
    expect(nearestTo([], { x: 0, y: 0 })).toBeNull();
  });

  it('orders around a centre from 12 o’clock, clockwise', () => {
    expect(clockwise(points.slice(1, 5), c).map((p) => p.id)).toEqual(['n', 'e', 's', 'w']);
  });
});
