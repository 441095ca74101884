/** The picture's content for the current state: caption parts, legend kinds and the graph area's size. */
import { buildCaption, describeDisplayOptions } from '../domain/caption';
import { maskOf } from '../store/derived';
import { kindsInView } from '../domain/kindsInView';
import { isoFromDay } from '../domain/dates';
import type { PictureSpec } from '../domain/pictureLayout';
import { boundsOf } from '../domain/timeView';
import { summarizeView } from '../domain/viewSummary';
import type { TielineState } from '../store/createTielineStore';
import type { PictureOptions } from './pictureOptions';

export function pictureSpec(s: TielineState, options: PictureOptions, area: { w: number; h: number }): PictureSpec {
  const graph = s.graph!;
  const view = { day: s.day, mode: s.mode, window: s.window };
  const caption = buildCaption(graph, view, describeDisplayOptions(s, graph), options.title);
  const summary = summarizeView(graph, s.timeIndex!, boundsOf(view), maskOf(s));
  const kinds = kindsInView(graph, summary.edgeIndices, s.hideIdle);
  return {
    width: area.w,
    graphHeight: area.h,
    parts: options.parts,
    title: caption.title,
    whenWithMode: caption.whenWithMode,
    filters: caption.filters,
    credit: caption.credit,
    ...kinds,
    fadedNote: !s.hideIdle && summary.actors < graph.nodes.length,
  };
}

/** "tieline-2022-05-31.png": names say which moment a file shows. */
export function exportFileName(s: TielineState, ext: string): string {
  return `tieline-${isoFromDay(s.day)}${s.mode === 'window' ? `-${s.window.amount}${s.window.unit === 'day' ? 'd' : 'm'}` : ''}.${ext}`;
}
