import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { buildSearchIndex, normalizeText, searchGraph } from './search';

const g = smallGraph();
const idx = buildSearchIndex(g);
const names = (q: string) =>
  searchGraph(idx, q).map((h) => (h.kind === 'node' ? g.nodes[h.index]!.id : `edge:${g.edges[h.index]!.id}`));

describe('normalizeText', () => {
  it('strips diacritics, including đ, and folds case and spaces', () => {
    expect(normalizeText('Bùi Thanh Sơn')).toBe('bui thanh son');
    expect(normalizeText('Đặng  Hoàng Giang')).toBe('dang hoang giang');
    expect(normalizeText('Trần Thanh Mẫn')).toBe('tran thanh man');
  });
});

describe('searchGraph', () => {
  it('finds names with or without diacritics', () => {
    expect(names('bui thanh son')[0]).toBe('son');
    expect(names('Bùi Thanh Sơn')[0]).toBe('son');
    expect(names('sơn')[0]).toBe('son');
  });

  it('ranks an exact or prefix label above word prefixes, roles and summaries', () => {
    // "son": label word prefix of Bùi Thanh Sơn, and inside several summaries ("Son and Lavrov…").
    const hits = names('son');
    expect(hits[0]).toBe('son');
    expect(hits.slice(1).every((h) => h.startsWith('edge:'))).toBe(true);
    // A label prefix beats a word inside another label.
    expect(names('ukr')[0]).toBe('ukraine');
    // Role matches rank below name matches, and above summaries.
    const fm = names('foreign');
    expect(fm.slice(0, 4).sort()).toEqual(['kuleba', 'lavrov', 'son', 'sybiha']);
  });

  it('ranks a label above an alias and an alias above a summary', () => {
    const edge = searchGraph(idx, 'sybiha');
    expect(edge[0]).toMatchObject({ kind: 'node', index: g.nodeIndex.get('sybiha') });
    expect(edge[1]).toMatchObject({ kind: 'edge', index: g.edgeIndex.get('call-sybiha') });
  });

  it('finds interactions by their summary, and nothing for an empty query', () => {
    expect(names('phnom penh')).toEqual(['edge:meet-kuleba']);
    expect(names('   ')).toEqual([]);
  });
});
