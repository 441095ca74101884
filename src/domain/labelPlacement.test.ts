import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, segmentHitsBox, unionBox, type PlacedNode } from './labelPlacement';

const actor = (x: number, y: number, labelW = 60): PlacedNode => ({ x, y, bodyW: 20, bodyH: 20, labelW, labelH: 16 });

describe('placeLabels', () => {
  it('keeps a label below where nothing is in the way, and turns labels at the edge inwards', () => {
    // A middle actor with room all round, and four far away at the corners of the picture.
    const sides = placeLabels([actor(0, 0), actor(-300, -300), actor(300, -300), actor(-300, 300), actor(300, 300)], []);
    expect(sides[0]).toBe('below');
    // Reaching out past the picture would make it larger: the left actors' labels go right, the right ones' left.
    expect(sides.slice(1)).toEqual(['right', 'left', 'right', 'left']);
  });

  it('moves a label beside its actor when another actor sits right below it', () => {
    // The second actor is where the first one's label would go.
    const sides = placeLabels([actor(0, 0), actor(0, 30)], []);
    expect(sides[0]).not.toBe('below');
    const a = unionBox(actor(0, 0), sides[0]!);
    const b = unionBox(actor(0, 30), sides[1]!);
    const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 && Math.min(a.bottom, 30 + b.bottom) - Math.max(a.top, 30 + b.top) > 0;
    expect(overlap).toBe(false);
  });

  it('steers a label off a line between two other actors', () => {
    // A line runs just under the middle actor, through where its label would be below.
    const nodes = [actor(-200, 25), actor(0, 0), actor(200, 25)];
    const side = placeLabels(nodes, [{ a: 0, b: 2 }])[1]!;
    expect(side).not.toBe('below');
    const box = labelBox(nodes[1]!, side);
    expect(segmentHitsBox(-200, 25, 200, 25, { x1: box.left, y1: box.top, x2: box.right, y2: box.bottom })).toBe(false);
  });

  it('is deterministic', () => {
    const nodes = Array.from({ length: 12 }, (_, i) => actor((i % 4) * 70, Math.floor(i / 4) * 40, 50 + (i % 3) * 10));
    expect(placeLabels(nodes, [{ a: 0, b: 11 }])).toEqual(placeLabels(nodes, [{ a: 0, b: 11 }]));
  });
});

describe('label boxes', () => {
  it('sit on the named side of the body, a small gap away', () => {
    const n = actor(0, 0);
    expect(labelBox(n, 'right').left).toBeGreaterThan(10);
    expect(labelBox(n, 'left').right).toBeLessThan(-10);
    expect(labelBox(n, 'above').bottom).toBeLessThan(-10);
    expect(labelBox(n, 'below').top).toBeGreaterThan(10);
  });
  it('a segment hits a box it crosses and misses one beside it', () => {
    const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(segmentHitsBox(-5, 5, 15, 5, box)).toBe(true);
    expect(segmentHitsBox(-5, 15, 15, 15, box)).toBe(false);
  });
});
