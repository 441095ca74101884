// The time index's packed numeric sort gives the order of a plain comparator
// sort (by day, ties by index) over every day the schema accepts: years
// 0000–9999 (negative day numbers before 1970) and ONGOING.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ONGOING } from './model';
import { buildTimeIndex, type Timed } from './timeIndex';

const reference = (items: readonly Timed[], key: 'first' | 'last') =>
  [...items.keys()].sort((a, b) => items[a]![key] - items[b]![key] || a - b);

const day = fc.oneof(fc.integer({ min: -719_528, max: 2_932_896 }), fc.constant(ONGOING), fc.integer({ min: 18_000, max: 18_010 }));

describe('time index order', () => {
  it('equals a comparator sort by day, ties by index', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ first: day, last: day }), { maxLength: 300 }), (items) => {
        const idx = buildTimeIndex(items);
        expect([...idx.byFirst]).toEqual(reference(items, 'first'));
        expect([...idx.byLast]).toEqual(reference(items, 'last'));
        expect([...idx.firsts]).toEqual(reference(items, 'first').map((i) => items[i]!.first));
      }),
      { numRuns: 300 },
    );
  });

  it('holds at the interaction limit with repeated days', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ first: (i * 7919) % 1400 - 500_000, last: i % 3 ? ONGOING : (i * 31) % 1400 }));
    const idx = buildTimeIndex(items);
    expect([...idx.byFirst]).toEqual(reference(items, 'first'));
    expect([...idx.byLast]).toEqual(reference(items, 'last'));
  });
});
