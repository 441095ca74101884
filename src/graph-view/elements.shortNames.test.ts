// Small screens draw short names, each label on the side its layout chose; everything else keeps the full name.
import { describe, expect, it } from 'vitest';
import { shortNamesGraph } from '../../tests/fixtures/shortNamesGraph';
import { buildElements, nodeElementId } from './elements';
import { EMBED_STYLESHEET, GRAPH_STYLESHEET, TALL_STYLESHEET, stylesheetFor } from './stylesheet';

describe('short names on the graph', () => {
  it('every node carries its full label and the name small screens draw (its short name, else the label)', () => {
    const graph = shortNamesGraph();
    const els = buildElements(graph, new Map());
    const node = (id: string) => els.find((e) => e.data.id === nodeElementId(graph.nodeIndex.get(id)!))!;
    expect(node('son').data).toMatchObject({ label: 'Bùi Thanh Sơn', short: 'Sơn' });
    expect(node('kuleba').data).toMatchObject({ label: 'Dmytro Kuleba', short: 'Kuleba' });
    expect(node('vietnam').data).toMatchObject({ label: 'Vietnam', short: 'Vietnam' });
  });

  it('the tall layout’s label sides come from the file', () => {
    const graph = shortNamesGraph();
    graph.nodes[graph.nodeIndex.get('son')!]!.tallLabel = 'right';
    const els = buildElements(graph, new Map());
    expect(els.find((e) => e.data.id === nodeElementId(graph.nodeIndex.get('son')!))!.classes).toContain('side-right');
    expect(els.find((e) => e.data.id === nodeElementId(graph.nodeIndex.get('kuleba')!))!.classes).toContain('side-below');
  });

  it('only the phone and small-embed stylesheets label with the short name', () => {
    type Rule = { selector: string; style: Record<string, unknown> };
    const labelRule = (sheet: typeof GRAPH_STYLESHEET) =>
      (sheet as unknown as Rule[]).filter((r) => r.selector === 'node' && 'label' in r.style).map((r) => r.style.label);
    expect(labelRule(GRAPH_STYLESHEET)).toEqual(['data(label)']);
    expect(labelRule(TALL_STYLESHEET).at(-1)).toBe('data(short)');
    expect(labelRule(EMBED_STYLESHEET).at(-1)).toBe('data(short)');
    expect(stylesheetFor(10, 'tall')).toBe(TALL_STYLESHEET);
    expect(stylesheetFor(10, 'embed')).toBe(EMBED_STYLESHEET);
    expect(stylesheetFor(10)).toBe(GRAPH_STYLESHEET);
  });
});
