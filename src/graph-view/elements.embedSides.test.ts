// Only a small embed's stylesheet reads the `eside-*` classes: the placement
// behind them (actors × lines per pass) runs for an embed only, not on every
// desktop or phone load, where it was a twentieth of the load's script.
import { describe, expect, it, vi } from 'vitest';
import { shortNamesGraph } from '../../tests/fixtures/shortNamesGraph';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('./embedLabelSides', async (importActual) => {
  const actual = await importActual<typeof import('./embedLabelSides')>();
  return {
    embedLabelSides: (...args: Parameters<typeof actual.embedLabelSides>) => {
      calls.n++;
      return actual.embedLabelSides(...args);
    },
  };
});
const { buildElements } = await import('./elements');

describe('the embed’s label sides', () => {
  it('are worked out for an embed only; elsewhere every node says below', async () => {
    const graph = shortNamesGraph();
    const wide = buildElements(graph, new Map());
    expect(calls.n).toBe(0);
    const nodes = wide.filter((e) => e.group === 'nodes');
    expect(nodes.every((e) => String(e.classes).includes('eside-below'))).toBe(true);
    const embed = buildElements(graph, new Map(), undefined, false, true);
    expect(calls.n).toBe(1);
    // Each node carries the side the placement gave it.
    const { embedLabelSides } = await vi.importActual<typeof import('./embedLabelSides')>('./embedLabelSides');
    const sides = embedLabelSides(graph, new Map())!;
    expect(embed.filter((e) => e.group === 'nodes').map((e) => /\beside-(\w+)/.exec(String(e.classes))?.[1])).toEqual(sides);
  });
});
