/**
 * The picture's content for the current state: caption parts, legend kinds,
 * credit and balance, all read from the store's view engine, so the PNG, the
 * SVG and every video frame say what the screen shows.
 */
import { isoFromDay } from '../domain/dates';
import { boundsOf } from '../domain/timeView';
import type { PictureBalance, PictureSpec } from '../domain/pictureLayout';
import { COUNTERPART_COLORS, defaultBalanceChoice } from '../domain/balance';
import type { EdgeKind, NodeKind } from '../domain/vocabulary';
import { rangeOf, type TielineState } from '../store/createTielineStore';
import { captionOf } from '../store/viewSelectors';
import type { PictureOptions } from './pictureOptions';

/** What a video holds still over its frames, so the layout never jumps. */
export interface FixedParts {
  nodeKinds: NodeKind[];
  edgeKinds: EdgeKind[];
  fadedNote: boolean;
}

export function pictureSpec(
  s: TielineState,
  options: Pick<PictureOptions, 'parts' | 'title'>,
  area: { w: number; h: number },
  fixed?: FixedParts,
): PictureSpec {
  const graph = s.graph!;
  const caption = captionOf(s, options.title)!;
  const kinds = fixed ?? s.engine.kindsInView(s.hideIdle);
  return {
    width: area.w,
    graphHeight: area.h,
    parts: options.parts,
    title: caption.title,
    whenWithMode: caption.whenWithMode,
    filters: caption.filters,
    credit: caption.credit,
    nodeKinds: kinds.nodeKinds,
    edgeKinds: kinds.edgeKinds,
    fadedNote: fixed ? fixed.fadedNote : !s.hideIdle && s.engine.actors < graph.nodes.length,
    balance: options.parts.balance ? pictureBalance(s) : null,
  };
}

/** The balance chart's figures per year up to the picture's date (from its window's start in window mode), following the filters and the chart's scope. */
function pictureBalance(s: TielineState): PictureBalance | null {
  const graph = s.graph!;
  const { actor, counterparts } = s.balance ?? defaultBalanceChoice(graph);
  if (actor < 0 || counterparts.length === 0) return null;
  const range = rangeOf(graph, s.rangeChoice);
  const bounds = boundsOf({ day: s.day, mode: s.mode, window: s.window });
  const from = Math.max(range.first, bounds.from);
  const { years } = s.engine.balance(actor, counterparts, from, s.day, s.balanceScope);
  return {
    title: `${graph.nodes[actor]!.label}: ${s.balanceScope === 'contacts' ? 'contacts (meetings, visits, calls)' : 'interactions'} per year with`,
    series: counterparts.map((c, k) => ({ label: graph.nodes[c]!.label, color: COUNTERPART_COLORS[k % COUNTERPART_COLORS.length]! })),
    years,
  };
}

/** "tieline-2022-05-31.png": names say which moment a file shows. */
export function exportFileName(s: TielineState, ext: string): string {
  return `tieline-${isoFromDay(s.day)}${s.mode === 'window' ? `-${s.window.amount}${s.window.unit === 'day' ? 'd' : 'm'}` : ''}.${ext}`;
}
