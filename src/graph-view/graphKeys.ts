/**
 * What the keys do on the graph and what is announced, for both renderers'
 * keyboard code (attachKeyboard.ts for cytoscape, sigma/sigmaKeyboard.ts):
 * arrows move to the nearest actor that way, Enter and Shift+Enter walk the
 * selected actor's ties clockwise. Nothing here touches a renderer.
 */
import { formatFuzzy, type FuzzyDate } from '../domain/dates';
import type { ArrowDirection } from '../domain/spatialNavigation';
import { EDGE_KIND_INFO, NODE_KIND_INFO, type EdgeKind, type NodeKind } from '../domain/vocabulary';

const ARROWS: Record<string, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** What a key press on the graph asks for, or null for a key the graph leaves alone (with a modifier, say). */
export type GraphKeyAction = { move: ArrowDirection } | { walk: 1 | -1 } | null;

/** The graph's meaning of a key press. */
export function graphKeyAction(ev: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): GraphKeyAction {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return null;
  const direction = ARROWS[ev.key];
  if (direction) return { move: direction };
  if (ev.key === 'Enter') return { walk: ev.shiftKey ? -1 : 1 };
  return null;
}

/** The tie after (step 1) or before (−1) the one at `at` among `length` in clockwise order; from none (−1), the first or the last. */
export function nextAround(at: number, step: 1 | -1, length: number): number {
  return at < 0 ? (step === 1 ? 0 : length - 1) : (at + step + length) % length;
}

/** Said when the graph takes focus with nothing selected. */
export const GRAPH_KEYS_HINT = 'Arrow keys move between actors; Enter walks the selected actor’s ties; Escape clears.';
/** Said when Enter is pressed with no actor to walk from. */
export const NO_ACTOR_TO_WALK = 'Select an actor first: the arrow keys move between actors.';

/** An actor reached by keyboard: its name, kind and how many ties Enter can walk. */
export function actorAnnouncement(actor: { label: string; kind: NodeKind }, ties: number): string {
  return `${actor.label}, ${NODE_KIND_INFO[actor.kind].label.toLowerCase()}: ${ties} tie${ties === 1 ? '' : 's'} drawn. Enter walks them.`;
}

/** An interaction reached by keyboard: its kind, its two ends and its date as written. */
export function tieAnnouncement(tie: { kind: EdgeKind; date: FuzzyDate }, a: string, b: string): string {
  return `${EDGE_KIND_INFO[tie.kind].label}: ${a} and ${b}, ${formatFuzzy(tie.date)}`;
}

/** An actor with nothing for Enter to walk. */
export const noTiesDrawn = (label: string) => `${label} has no ties drawn now.`;
/** An arrow with no actor that way. */
export const noActorFurther = (direction: ArrowDirection) => `No actor further ${direction}.`;

/** Whether focus came by keyboard (the ring shows only then); a browser without :focus-visible shows it whenever focused. */
export function focusVisibleOf(el: HTMLElement): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}
