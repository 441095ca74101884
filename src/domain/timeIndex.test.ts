import { describe, expect, it } from 'vitest';
import { seededRandom as rng } from './seededRandom';
import { buildTimeIndex, countAtOrBefore, countBefore, endingIn, startingIn, type Timed } from './timeIndex';

function randomItems(n: number, seed: number): Timed[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const first = Math.floor(r() * 1500);
    return { first, last: first + Math.floor(r() * (r() < 0.2 ? 400 : 30)) };
  });
}

describe('buildTimeIndex', () => {
  it('sorts by first and last day', () => {
    const items = randomItems(300, 1);
    const idx = buildTimeIndex(items);
    for (let k = 1; k < items.length; k++) {
      expect(idx.firsts[k]!).toBeGreaterThanOrEqual(idx.firsts[k - 1]!);
      expect(idx.lasts[k]!).toBeGreaterThanOrEqual(idx.lasts[k - 1]!);
      expect(items[idx.byFirst[k]!]!.first).toBe(idx.firsts[k]);
    }
  });

  it('answers range queries like a brute-force scan, on random data', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const items = randomItems(200 + seed * 7, seed);
      const idx = buildTimeIndex(items);
      const r = rng(seed * 31);
      for (let q = 0; q < 50; q++) {
        const a = Math.floor(r() * 1700) - 50;
        const b = a + Math.floor(r() * 200);
        const oracleStart = items.flatMap((it, i) => (it.first > a && it.first <= b ? [i] : [])).sort((x, y) => x - y);
        expect([...startingIn(idx, a, b)].sort((x, y) => x - y)).toEqual(oracleStart);
        const oracleEnd = items.flatMap((it, i) => (it.last >= a && it.last < b ? [i] : [])).sort((x, y) => x - y);
        expect([...endingIn(idx, a, b)].sort((x, y) => x - y)).toEqual(oracleEnd);
        expect(countAtOrBefore(idx.firsts, a)).toBe(items.filter((it) => it.first <= a).length);
        expect(countBefore(idx.firsts, a)).toBe(items.filter((it) => it.first < a).length);
      }
    }
  });

  it('handles an empty graph', () => {
    const idx = buildTimeIndex([]);
    expect(startingIn(idx, -Infinity, Infinity).length).toBe(0);
  });
});
