/**
 * Elements built already showing the view at hand: the view engine's looks
 * under the display options in use.
 */
import type { TielineState } from '../store/createTielineStore';
import type { ElementLook } from './elements';
import type { LookOptions } from './lookClasses';

/** The classes for ties out of view and idle actors under the display options of `s`. */
export function lookOptionsOf(s: Pick<TielineState, 'ghostOut' | 'hideIdle'>): LookOptions {
  return { outClass: s.ghostOut ? 'ghost' : 'out', idleClass: s.hideIdle ? 'idle gone' : 'idle' };
}

/**
 * What the elements should look like for state `s` (a copy: the engine moves
 * on), so they can be built that way (buildElements) and attachGraphView
 * starts with nothing to change: building them out of view and then showing
 * most of them cost every element its style twice (profiled: a sixth of
 * loading 50,000 interactions).
 */
export function initialLook(s: TielineState): ElementLook & { step: number } {
  const { engine } = s;
  const looks = engine.looks;
  const heavy = { ...engine.pairs, ...engine.heavyPairs() };
  const pairCounts = new Int32Array(looks.pairs.length);
  for (const p of heavy.list) pairCounts[p] = engine.pairCountOf(p);
  return { edges: looks.edges.slice(), nodes: looks.nodes.slice(), pairs: looks.pairs.slice(), pairCounts, heavy, options: lookOptionsOf(s), step: engine.step };
}
