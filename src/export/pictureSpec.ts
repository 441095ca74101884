/**
 * The picture's content for the current state: caption parts, legend kinds,
 * credit and balance, all read from the store's view engine, so the PNG, the
 * SVG and every video frame say what the screen shows.
 */
import { isoFromDay } from '../domain/dates';
import type { PictureBalance, PictureSpec } from '../domain/pictureLayout';
import { COUNTERPART_COLORS, defaultBalanceChoice } from '../domain/balance';
import type { EdgeKind, NodeKind } from '../domain/vocabulary';
import { rangeOf, type TielineState } from '../store/createTielineStore';
import { captionOf } from '../store/viewSelectors';
import { creditOf, publishersOf } from '../domain/caption';
import type { PictureOptions } from './pictureOptions';
import { LINE_LOOKS, type LineLook } from '../domain/lineLooks';
import type { PictureLook } from '../graph-view/renderGraphImage';

/** What a video holds still over its frames, so the layout never jumps. */
export interface FixedParts {
  nodeKinds: NodeKind[];
  edgeKinds: EdgeKind[];
  fadedNote: boolean;
  lineLooks: LineLook[];
}

/** What the picture leaves out, from the switches in the dialog. */
export function pictureLook(options: Pick<PictureOptions, 'parts'>): PictureLook {
  return { affiliations: options.parts.affiliations, idleActors: options.parts.idleActors };
}

/**
 * `possible`: whether a line drawn is only possibly in view (the graph view
 * knows; see lineLooks.ts). `fixed`: a video's legend, held over its frames.
 */
export function pictureSpec(
  s: TielineState,
  options: Pick<PictureOptions, 'parts' | 'title'>,
  area: { w: number; h: number },
  possible = false,
  fixed?: FixedParts,
): PictureSpec {
  const graph = s.graph!;
  const caption = captionOf(s, options.title)!;
  // The legend explains what the picture draws (affiliations only when asked for, faded actors only when kept); the credit names the sources of the ties drawn.
  const drawn = s.engine.pictureParts({ affiliations: options.parts.affiliations, hideIdle: s.hideIdle || !options.parts.idleActors });
  const kinds = fixed ?? drawn;
  const lineLooks = fixed ? fixed.lineLooks : LINE_LOOKS.filter((l) => drawn.lineLooks.includes(l) || (possible && l === 'possible'));
  return {
    width: area.w,
    graphHeight: area.h,
    parts: options.parts,
    title: caption.title,
    whenWithMode: caption.whenWithMode,
    filters: caption.filters,
    credit: creditOf(publishersOf(graph, drawn.sources)),
    nodeKinds: kinds.nodeKinds,
    edgeKinds: kinds.edgeKinds,
    fadedNote: fixed ? fixed.fadedNote : options.parts.idleActors && !s.hideIdle && s.engine.actors < graph.nodes.length,
    lineLooks,
    merged: s.aggregateEdges,
    balance: options.parts.balance ? pictureBalance(s) : null,
  };
}

/** The balance chart's figures per year up to the picture's date (from its window's start in window mode), following the filters and the chart's scope. */
function pictureBalance(s: TielineState): PictureBalance | null {
  const graph = s.graph!;
  const { actor, counterparts } = s.balance ?? defaultBalanceChoice(graph);
  if (actor < 0 || counterparts.length === 0) return null;
  const range = rangeOf(graph, s.rangeChoice);
  const from = Math.max(range.first, s.engine.timeBounds.from);
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
