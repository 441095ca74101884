/**
 * Elements built already showing the view at hand: the classes for what is in
 * view and what is not, under the display options in use.
 */
import { boundsOf } from '../domain/timeView';
import { VisibleSet } from '../domain/visibleSet';
import type { TielineState } from '../store/createTielineStore';
import { maskOf } from '../store/derived';
import type { ElementLook } from './elements';

/** The class of an interaction out of view: hidden, or faint. */
export const outClass = (s: TielineState) => (s.ghostOut ? 'ghost' : 'out');
/** The classes of an actor without interactions in view: dimmed, or hidden. */
export const idleClass = (s: TielineState) => (s.hideIdle ? 'idle gone' : 'idle');

/** A visible set moved to the view of `s` (its filters, then its time bounds). */
export function visibleSetFor(s: TielineState): VisibleSet {
  const { graph, timeIndex } = s;
  if (!graph || !timeIndex) throw new Error('the graph view needs a loaded graph');
  const visible = new VisibleSet(graph.edges, timeIndex, graph.nodes.length);
  const mask = maskOf(s);
  if (mask) visible.setMask(mask);
  visible.moveTo(boundsOf(s));
  return visible;
}

/**
 * What the elements should look like for state `s`, so they can be built that
 * way (buildElements) and attachGraphView starts with nothing to change:
 * building them out of view and then showing most of them cost every element
 * its style twice (profiled: a sixth of loading 50,000 interactions).
 */
export function initialLook(s: TielineState): ElementLook {
  const visible = visibleSetFor(s);
  return { edgeVisible: visible.edgeVisible, nodeDegree: visible.nodeDegree, outClass: outClass(s), idleClass: idleClass(s) };
}
