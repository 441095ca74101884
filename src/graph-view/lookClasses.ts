/**
 * The view engine's look flags (src/domain/viewLooks.ts) as cytoscape
 * classes, and the one routine that applies a change of looks: each class
 * that changed is added or removed with one call over all its elements.
 */
import type { CollectionArgument, Core, SingularElementArgument } from 'cytoscape';
import * as L from '../domain/viewLooks';

/** The display options that pick a class: how out-of-view ties and idle actors are drawn. */
export interface LookOptions {
  /** Class of a tie out of view: hidden ('out') or faint ('ghost'). */
  outClass: string;
  /** Classes of an actor with nothing in view: dimmed ('idle') or hidden too ('idle gone'). */
  idleClass: string;
}

export type ElementKind = 'edges' | 'nodes' | 'pairs';

const COMMON: [number, string][] = [
  [L.FADED, 'faded'],
  [L.SELECTED, 'focus'],
  [L.ON_PATH, 'on-path'],
  [L.OFF_PATH, 'off-path'],
];
const EDGE_FLAGS: [number, string][] = [[L.POSSIBLE, 'possible'], [L.FRESH, 'fresh'], [L.RECENT, 'recent'], ...COMMON];
const NODE_FLAGS: [number, string][] = [[L.FILTERED, 'filtered'], [L.OUTSIDE, 'outside'], ...COMMON];

/** For each flag of a kind: the class it sets, and whether the class marks the flag's absence. */
function flagClasses(kind: ElementKind, o: LookOptions): [number, string, boolean][] {
  if (kind === 'edges') return [[L.SHOWN, o.outClass, true], ...EDGE_FLAGS.map(([f, c]) => [f, c, false] as [number, string, boolean])];
  if (kind === 'nodes') return [[L.ACTIVE, o.idleClass, true], ...NODE_FLAGS.map(([f, c]) => [f, c, false] as [number, string, boolean])];
  return [[L.ACTIVE, 'agg-off', true], ...COMMON.map(([f, c]) => [f, c, false] as [number, string, boolean])];
}

/** The classes for one look, as a string, for building elements already looking right. */
export function classesOf(kind: ElementKind, look: number, o: LookOptions): string {
  const out: string[] = [];
  for (const [flag, cls, inverted] of flagClasses(kind, o)) if (((look & flag) !== 0) !== inverted) out.push(cls);
  return out.join(' ');
}

/**
 * Brings elements from the looks they have (`applied`, updated in place) to
 * `now`, for the indices given (or all); indices without an element are
 * skipped. Call inside `cy.batch()`.
 * Per-element class calls each build a collection, queue a style update and
 * emit an event, which costs far more than the change itself (profiled: ~20×
 * at 5,000 edges), so each class changes once over all its elements.
 */
export function applyLooks(
  cy: Core,
  kind: ElementKind,
  els: readonly (SingularElementArgument | undefined)[],
  applied: Uint16Array,
  now: ArrayLike<number>,
  indices: Iterable<number> | null,
  o: LookOptions,
): void {
  const flags = flagClasses(kind, o);
  const add = new Map<string, SingularElementArgument[]>();
  const remove = new Map<string, SingularElementArgument[]>();
  const visit = (i: number) => {
    const el = els[i];
    if (!el) return; // drawn by another element (a heavy pair's interaction: its pair's line)
    const next = now[i]!;
    const diff = applied[i]! ^ next;
    if (!diff) return;
    applied[i] = next;
    for (const [flag, cls, inverted] of flags) {
      if (!(diff & flag)) continue;
      const on = ((next & flag) !== 0) !== inverted;
      const to = on ? add : remove;
      let list = to.get(cls);
      if (!list) to.set(cls, (list = []));
      list.push(el);
    }
  };
  if (indices) for (const i of indices) visit(i);
  else for (let i = 0; i < applied.length; i++) visit(i);
  const collectionOf = (list: SingularElementArgument[]) => cy.collection(list as unknown as CollectionArgument);
  for (const [cls, list] of remove) collectionOf(list).removeClass(cls);
  for (const [cls, list] of add) collectionOf(list).addClass(cls);
}

/** Swaps the class of a look option (say 'out' → 'ghost') on the elements that carry it. Call inside `cy.batch()`. */
export function swapOptionClass(
  cy: Core,
  els: readonly (SingularElementArgument | undefined)[],
  applied: Uint16Array,
  flag: number,
  from: string,
  to: string,
): void {
  if (from === to) return;
  const picked = els.filter((el, i) => el && !(applied[i]! & flag));
  if (picked.length) cy.collection(picked as unknown as CollectionArgument).removeClass(from).addClass(to);
}
