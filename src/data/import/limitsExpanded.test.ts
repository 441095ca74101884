import { describe, expect, it } from 'vitest';
import { textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { importGraph } from './importGraph';

const problems = (r: ReturnType<typeof importGraph>) => (r.status === 'failed' ? r.problems.map((p) => p.message) : [r.status]);

describe('limits are checked on what will be built', () => {
  it('an edges-only CSV naming 60,000 actors is refused with that number', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `a${i},b${i},2022`);
    const r = importGraph([textFile('e.csv', ['source,target,date', ...rows].join('\n'))], { today: TODAY });
    expect(problems(r)).toEqual(['the file has 60,000 actors (most named only in its interactions); Tieline shows up to 50,000']);
  });

  const gexf = (edges: string) =>
    `<gexf version="1.3"><graph mode="dynamic"><nodes><node id="a"/><node id="b"/></nodes><edges>${edges}</edges></graph></gexf>`;

  it('a GEXF of 40,000 edges with 3 spells each is refused as 120,000 interactions', () => {
    const spells = '<spells><spell start="2020" end="2020"/><spell start="2021" end="2021"/><spell start="2022" end="2022"/></spells>';
    const edges = Array.from({ length: 40_000 }, (_, i) => `<edge id="e${i}" source="a" target="b">${spells}</edge>`).join('');
    expect(problems(importGraph([textFile('g.gexf', gexf(edges))], { today: TODAY }))).toEqual([
      'the file has 120,000 interactions (each spell or timestamp of an edge is an interaction of its own); Tieline shows up to 100,000',
    ]);
  });

  it('one edge with 100,001 spells is refused with that number', () => {
    const spells = Array.from({ length: 100_001 }, (_, i) => `<spell start="${1900 + (i % 200)}"/>`).join('');
    expect(problems(importGraph([textFile('g.gexf', gexf(`<edge id="e" source="a" target="b"><spells>${spells}</spells></edge>`))], { today: TODAY }))).toEqual([
      'the file has 100,001 interactions (each spell or timestamp of an edge is an interaction of its own); Tieline shows up to 100,000',
    ]);
  });

  it('the exact count after reading catches what the quick count cannot: plain edges and spells together', () => {
    const spells = '<spells><spell start="2020"/><spell start="2021"/><spell start="2022"/></spells>';
    const plain = Array.from({ length: 60_000 }, () => '<edge source="a" target="b" start="2020"/>').join('');
    const spelled = Array.from({ length: 20_000 }, () => `<edge source="b" target="a">${spells}</edge>`).join('');
    expect(problems(importGraph([textFile('g.gexf', gexf(plain + spelled))], { today: TODAY }))).toEqual([
      'the file has 120,000 interactions (80,000 edges; each spell or timestamp of an edge is an interaction of its own); Tieline shows up to 100,000',
    ]);
  });
});
