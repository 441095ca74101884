import { describe, expect, it } from 'vitest';
import { layoutPicture, wrapText, type PictureSpec } from './pictureLayout';

const measure = (text: string, size: number) => text.length * size * 0.55;
const spec: PictureSpec = {
  width: 800,
  graphHeight: 500,
  parts: { title: true, date: true, legend: true, filters: true, credit: true },
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
    expect(texts(spec)).toEqual(['Vietnam between Russia and Ukraine', '3-month window: Mar 2022 – May 2022', 'Country', 'Person', 'Phone call', 'Visit', 'Arrow: who acted', 'Sources: The Hanoi Times · Made with Tieline']);
    expect(l.items.filter((i) => i.t === 'node')).toHaveLength(2);
  });

  it('leaves out each part when switched off, down to the bare graph', () => {
    const none = { title: false, date: false, legend: false, filters: false, credit: false };
    const l = layoutPicture({ ...spec, parts: none }, measure);
    expect(l.items).toEqual([]);
    expect(l.graph).toEqual({ x: 0, y: 0, w: 800, h: 500 });
    expect(l.height).toBe(500);
    expect(texts({ ...spec, parts: { ...none, credit: true } })).toEqual(['Sources: The Hanoi Times · Made with Tieline']);
  });

  it('wraps long text within the width', () => {
    const lines = wrapText('one two three four five six', 60, (s) => s.length * 6);
    expect(lines).toEqual(['one two', 'three four', 'five six']);
  });
});
