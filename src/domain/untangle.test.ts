import { describe, expect, it } from 'vitest';
import { bringHome, squeeze, untangle, type UntangleNode } from './untangle';

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

describe('squeeze', () => {
  /** Clean: the check pass finds nothing to do (it leaves every actor where it is). */
  const clean = (ns: UntangleNode[], lines: Parameters<typeof untangle>[1]) => {
    const copy = ns.map((n) => ({ ...n }));
    const result = untangle(copy, lines, new Set(), 1);
    return result.crossings + result.overlaps === 0 && copy.every((c, i) => c.x === ns[i]!.x && c.y === ns[i]!.y);
  };
  const width = (ns: UntangleNode[]) => Math.max(...ns.map((n) => n.x + n.box.right)) - Math.min(...ns.map((n) => n.x + n.box.left));
  const height = (ns: UntangleNode[]) => Math.max(...ns.map((n) => n.y + n.box.bottom)) - Math.min(...ns.map((n) => n.y + n.box.top));

  it('pulls a spread-out picture in around its middle and leaves it clean', () => {
    const nodes = Array.from({ length: 9 }, (_, i) => node((i % 3) * 300, Math.floor(i / 3) * 300));
    const before = { w: width(nodes), h: height(nodes) };
    squeeze(nodes, [], 1);
    expect(width(nodes)).toBeLessThan(before.w * 0.6);
    expect(height(nodes)).toBeLessThan(before.h * 0.6);
    expect(clean(nodes, [])).toBe(true);
  });

  it('never moves an actor onto a line, nor a line through an actor', () => {
    const nodes = [node(0, 0), node(600, 0), node(300, 200), node(300, -250), node(-300, 400)];
    const lines = [{ a: 0, b: 1, halfWidth: 1.5 }, { a: 3, b: 4, halfWidth: 1.5 }];
    expect(clean(nodes, lines)).toBe(true);
    const before = nodes.map((n) => ({ x: n.x, y: n.y }));
    squeeze(nodes, lines, 1);
    expect(nodes.some((n, i) => n.x !== before[i]!.x || n.y !== before[i]!.y)).toBe(true);
    expect(clean(nodes, lines)).toBe(true);
  });
});

describe('keeping actors near their own country', () => {
  const dist = (p: UntangleNode, q: UntangleNode) => Math.hypot(p.x - q.x, p.y - q.y);

  it('squeeze pulls a person towards its own country, not just towards the middle', () => {
    // Country 0 on the left, country 1 on the right, a person of country 0 below the middle.
    const nodes = [node(0, 0), node(1000, 0), node(500, 400)];
    const home = { owner: [-1, -1, 0], near: 60 };
    squeeze(nodes, [], 1, undefined, 1, home);
    // One pass: towards the middle alone it ends about 592 from its country; towards its country, about 573.
    expect(dist(nodes[2]!, nodes[0]!)).toBeLessThan(585);
  });

  it('bringHome moves a far actor to a clean spot near its country, off lines and boxes', () => {
    const nodes = [node(0, 0), node(600, 0), node(600, 300), node(300, 300)];
    const lines = [{ a: 1, b: 2, halfWidth: 1.5 }];
    const home = { owner: [-1, -1, -1, 0], near: 60 };
    bringHome(nodes, lines, home);
    expect(dist(nodes[3]!, nodes[0]!)).toBeLessThan(120);
    const check = untangle(nodes.map((n) => ({ ...n })), lines, new Set(), 1);
    expect(check.crossings + check.overlaps).toBe(0);
  });
});
