import { describe, expect, it } from 'vitest';
import { layoutPicture, wrapText, type PictureSpec } from './pictureLayout';

const measure = (text: string, size: number) => text.length * size * 0.55;
const spec: PictureSpec = {
  width: 800,
  graphHeight: 500,
  parts: { title: true, date: true, legend: true, filters: true, credit: true, balance: false, affiliations: false, idleActors: false },
  title: 'Vietnam between Russia and Ukraine',
  whenWithMode: '3-month window: Mar 2022 – May 2022',
  filters: [],
  credit: 'Sources: The Hanoi Times · Made with Tieline',
  nodeKinds: ['country', 'person'],
  edgeKinds: ['call', 'visit'],
  fadedNote: false,
};
const texts = (s: PictureSpec) => layoutPicture(s, measure).items.flatMap((i) => (i.t === 'text' ? [i.text] : []));

describe('layoutPicture', () => {
  it('puts caption above the graph and legend and credit below', () => {
    const l = layoutPicture(spec, measure);
    expect(l.graph.y).toBeGreaterThan(40);
    expect(l.height).toBeGreaterThan(l.graph.y + 500 + 40);
    expect(texts(spec)).toEqual(['Vietnam between Russia and Ukraine', '3-month window: Mar 2022 – May 2022', 'Country', 'Person', 'Phone call', 'Visit', 'Countries in capitals', 'Arrow: who acted', 'Ties of one pair side by side', 'Sources: The Hanoi Times · Made with Tieline']);
    expect(l.items.filter((i) => i.t === 'node')).toHaveLength(2);
  });

  it('explains the line looks it draws (planned, disputed, possibly in view) and how merged lines are drawn', () => {
    const l = layoutPicture({ ...spec, lineLooks: ['planned', 'disputed', 'possible'], merged: true }, measure);
    const t = l.items.flatMap((i) => (i.t === 'text' ? [i.text] : []));
    expect(t).toEqual(expect.arrayContaining(['Planned', 'Disputed', 'Possibly in view']));
    expect(t.some((x) => x.startsWith('Merged: one line per pair'))).toBe(true);
    expect(t).not.toContain('Ties of one pair side by side');
    const disputed = l.items.find((i) => i.t === 'line' && i.hollow);
    expect(disputed).toBeDefined();
    expect(l.items.some((i) => i.t === 'line' && i.dash?.join() === '1,5')).toBe(true);
  });

  it('leaves out each part when switched off, down to the bare graph', () => {
    const none = { title: false, date: false, legend: false, filters: false, credit: false, balance: false, affiliations: false, idleActors: false };
    const l = layoutPicture({ ...spec, parts: none }, measure);
    expect(l.items).toEqual([]);
    expect(l.graph).toEqual({ x: 0, y: 0, w: 800, h: 500 });
    expect(l.height).toBe(500);
    expect(texts({ ...spec, parts: { ...none, credit: true } })).toEqual(['Sources: The Hanoi Times · Made with Tieline']);
  });

  it('draws the balance over time per year when asked, bars as tall as their counts', () => {
    const balance = {
      title: 'Vietnam, interactions per year with',
      series: [
        { label: 'Russia', color: '#c23b22' },
        { label: 'Ukraine', color: '#1f5fa8' },
      ],
      years: [
        { year: 2022, counts: [2, 8] },
        { year: 2023, counts: [1, 0] },
      ],
    };
    expect(texts({ ...spec, balance })).not.toContain('2022');
    const l = layoutPicture({ ...spec, balance, parts: { ...spec.parts, balance: true } }, measure);
    const t = l.items.flatMap((i) => (i.t === 'text' ? [i.text] : []));
    expect(t).toEqual(expect.arrayContaining(['Vietnam, interactions per year with', 'Russia', 'Ukraine', '2022', '2023', '8', '0']));
    const bars = l.items.filter((i) => i.t === 'line' && i.y1 !== i.y2);
    expect(bars).toHaveLength(3); // no bar for a zero
    const heights = bars.map((b) => (b.t === 'line' ? Math.round(b.y1 - b.y2) : 0));
    expect(heights[1]).toBe(64); // the largest count fills the chart
    expect(heights[0]).toBe(16); // 2 of 8
    expect(l.height).toBeGreaterThan(layoutPicture(spec, measure).height + 80);
  });

  it('wraps long text within the width', () => {
    const lines = wrapText('one two three four five six', 60, (s) => s.length * 6);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
  });

  it('gives a word longer than a line its own line and collapses runs of spaces (node labels in the SVG export wrap the same way)', () => {
    const lines = wrapText('  Ministry   of Foreign Affairs\tof Ukraine ', 40, (s) => s.length * 6);
    expect(lines).toEqual(['Ministry', 'of', 'Foreign', 'Affairs', 'of', 'Ukraine']);
    expect(wrapText('   ', 60, (s) => s.length)).toEqual([]);
  });
});
