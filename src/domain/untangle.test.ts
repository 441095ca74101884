import { describe, expect, it } from 'vitest';
import { untangle, type UntangleNode } from './untangle';

const node = (x: number, y: number): UntangleNode => ({ x, y, radius: 10, box: { left: -20, right: 20, top: -10, bottom: 30 } });

describe('untangle', () => {
  it('moves an actor off a line that is not its own', () => {
    const nodes = [node(0, 0), node(400, 0), node(200, 1)];
    const result = untangle(nodes, [{ a: 0, b: 1, halfWidth: 1.5 }]);
    expect(result.crossings).toBe(0);
    expect(Math.abs(nodes[2]!.y)).toBeGreaterThanOrEqual(10 + 1.5 + 8 - 1e-9);
  });

  it('pulls overlapping actors apart', () => {
    const nodes = [node(0, 0), node(10, 5), node(15, -5)];
    const result = untangle(nodes, []);
    expect(result.overlaps).toBe(0);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const p = nodes[i]!;
        const q = nodes[j]!;
        const apartX = Math.abs(p.x - q.x) >= 40;
        const apartY = Math.abs(p.y - q.y) >= 40;
        expect(apartX || apartY).toBe(true);
      }
    }
  });

  it('keeps fixed actors where they are and is deterministic', () => {
    const make = () => [node(0, 0), node(300, 0), node(150, 0), node(152, 3)];
    const a = make();
    const b = make();
    untangle(a, [{ a: 0, b: 1, halfWidth: 7 }], new Set([0, 1]));
    untangle(b, [{ a: 0, b: 1, halfWidth: 7 }], new Set([0, 1]));
    expect(a).toEqual(b);
    expect(a[0]).toEqual(node(0, 0));
    expect(a[1]).toEqual(node(300, 0));
  });
});
