/** The picture's content for the current state: caption parts, legend kinds and the graph area's size. */
import { buildCaption, describeDisplayOptions } from '../domain/caption';
import { maskOf } from '../store/derived';
import { kindsInView } from '../domain/kindsInView';
import { isoFromDay } from '../domain/dates';
import type { PictureBalance, PictureSpec } from '../domain/pictureLayout';
import { COUNTERPART_COLORS, defaultBalanceChoice, quarterlyBalance, yearlyTotals } from '../domain/balance';
import { rangeOf } from '../store/createTielineStore';
import { boundsOf } from '../domain/timeView';
import { summarizeView } from '../domain/viewSummary';
import type { TielineState } from '../store/createTielineStore';
import type { PictureOptions } from './pictureOptions';
import { LINE_LOOKS, looksOf, type LineLook } from '../domain/lineLooks';
import { isAffiliation } from '../domain/vocabulary';
import type { PictureLook } from '../graph-view/renderGraphImage';

/** What the picture leaves out, from the switches in the dialog. */
export function pictureLook(options: PictureOptions): PictureLook {
  return { affiliations: options.parts.affiliations, idleActors: options.parts.idleActors };
}

/** `possible`: whether a line drawn is only possibly in view (the graph view knows; see lineLooks.ts). */
export function pictureSpec(s: TielineState, options: PictureOptions, area: { w: number; h: number }, possible = false): PictureSpec {
  const graph = s.graph!;
  const view = { day: s.day, mode: s.mode, window: s.window };
  const caption = buildCaption(graph, view, describeDisplayOptions(s, graph), options.title);
  const summary = summarizeView(graph, s.timeIndex!, boundsOf(view), maskOf(s));
  // The legend explains what the picture draws: affiliations only when asked for, faded actors only when kept.
  const drawn = summary.edgeIndices.filter((i) => options.parts.affiliations || !isAffiliation(graph.edges[i]!.kind));
  const kinds = kindsInView(graph, drawn, s.hideIdle || !options.parts.idleActors);
  const looks = new Set<LineLook>(drawn.flatMap((i) => looksOf(graph.edges[i]!)));
  if (possible) looks.add('possible');
  return {
    width: area.w,
    graphHeight: area.h,
    parts: options.parts,
    title: caption.title,
    whenWithMode: caption.whenWithMode,
    filters: caption.filters,
    credit: caption.credit,
    ...kinds,
    fadedNote: options.parts.idleActors && !s.hideIdle && summary.actors < graph.nodes.length,
    lineLooks: LINE_LOOKS.filter((l) => looks.has(l)),
    merged: s.aggregateEdges,
    balance: options.parts.balance ? pictureBalance(s) : null,
  };
}

/** The balance chart's figures per year over the slider's range, following the filters, as the panel shows them. */
function pictureBalance(s: TielineState): PictureBalance | null {
  const graph = s.graph!;
  const { actor, counterparts } = s.balance ?? defaultBalanceChoice(graph);
  if (actor < 0 || counterparts.length === 0) return null;
  const range = rangeOf(graph, s.rangeChoice);
  const rows = quarterlyBalance(graph, actor, counterparts, range.first, range.last, maskOf(s));
  return {
    title: `${graph.nodes[actor]!.label}: interactions per year with`,
    series: counterparts.map((c, k) => ({ label: graph.nodes[c]!.label, color: COUNTERPART_COLORS[k % COUNTERPART_COLORS.length]! })),
    years: yearlyTotals(rows),
  };
}

/** "tieline-2022-05-31.png": names say which moment a file shows. */
export function exportFileName(s: TielineState, ext: string): string {
  return `tieline-${isoFromDay(s.day)}${s.mode === 'window' ? `-${s.window.amount}${s.window.unit === 'day' ? 'd' : 'm'}` : ''}.${ext}`;
}
