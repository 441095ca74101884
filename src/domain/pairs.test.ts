import { describe, expect, it } from 'vitest';
import { heavyPairsOf, MAX_PARALLEL_EDGES } from './pairs';

describe('heavyPairsOf', () => {
  it('finds the pairs with more than MAX_PARALLEL_EDGES edges, and only those', () => {
    // Pair 0: exactly the limit; pair 1: one more; pair 2: one edge.
    const pairOfEdge = [...Array<number>(MAX_PARALLEL_EDGES).fill(0), ...Array<number>(MAX_PARALLEL_EDGES + 1).fill(1), 2];
    const { heavy, list } = heavyPairsOf({ pairOfEdge, ends: [[0, 1], [0, 2], [1, 2]] });
    expect([...heavy]).toEqual([0, 1, 0]);
    expect(list).toEqual([1]);
  });
});
