/**
 * Replay as video: steps the date frame by frame over a range, draws each
 * frame (graph, caption with the date, legend, credit) onto a canvas and
 * encodes the frames as WebM in the browser. No server.
 *
 * Driven frame by frame: frame k shows the date from + k·speed/fps and is
 * handed to the encoder with its own timestamp (videoSinks.ts), so the
 * video's timing never depends on how fast the machine draws. Loaded on
 * demand.
 */
import { layoutPicture } from '../domain/pictureLayout';
import { windowStart } from '../domain/timeView';
import { summarizeView } from '../domain/viewSummary';
import { kindsInView } from '../domain/kindsInView';
import { buildCaption, describeDisplayOptions } from '../domain/caption';
import { maskOf } from '../store/derived';
import { isoFromDay } from '../domain/dates';
import { activeCy } from '../graph-view/activeGraph';
import { graphAreaSize, renderGraphFrame } from '../graph-view/renderGraphImage';
import type { TielineStore } from '../store/createTielineStore';
import { fitScale } from './canvasLimits';
import { canvasMeasure, drawPicture } from './drawPicture';
import type { PictureOptions } from './pictureOptions';
import { openFrameSink } from './videoSinks';
import { LINE_LOOKS, looksOf, type LineLook } from '../domain/lineLooks';
import { isAffiliation } from '../domain/vocabulary';

export interface RecordOptions {
  from: number;
  to: number;
  /** Days of data time per second of video. */
  speed: number;
  fps: number;
  /** Output width in pixels (height follows the picture). */
  width: number;
  area: PictureOptions['area'];
  parts: PictureOptions['parts'];
  title: string;
}

export interface RecordResult {
  blob: Blob;
  fileName: string;
  width: number;
  height: number;
  /** Seconds of video. */
  seconds: number;
}

/** Seconds the last frame is held, so the final state can be read. */
const HOLD_END_SECONDS = 1;

/** Seconds of video for a range at a speed, without the held end. */
export function replaySeconds(from: number, to: number, speed: number): number {
  return Math.max(0, to - from) / speed;
}

export async function recordReplay(
  store: TielineStore,
  options: RecordOptions,
  hooks: { onProgress?(done: number, total: number): void; signal?: AbortSignal } = {},
): Promise<RecordResult> {
  const cy = activeCy();
  const start = store.getState();
  const { graph, timeIndex } = start;
  if (!cy || !graph || !timeIndex) throw new Error('The graph is not on screen yet.');
  if (options.to <= options.from) throw new Error('The range must end after it starts.');

  const measure = canvasMeasure();
  const look = { affiliations: options.parts.affiliations, idleActors: options.parts.idleActors };
  const area = graphAreaSize(cy, options.area, look);
  // One legend for the whole video: every kind that appears over the range, so it never jumps.
  const span = { from: start.mode === 'cumulative' ? Number.NEGATIVE_INFINITY : windowStart(options.from, start.window), to: options.to };
  const drawn = summarizeView(graph, timeIndex, span, maskOf(start)).edgeIndices.filter((i) => look.affiliations || !isAffiliation(graph.edges[i]!.kind));
  const kinds = kindsInView(graph, drawn, start.hideIdle || !look.idleActors);
  const looks = new Set<LineLook>(drawn.flatMap((i) => looksOf(graph.edges[i]!)));
  if (start.mode === 'window') looks.add('possible');
  const lineLooks = LINE_LOOKS.filter((l) => looks.has(l));
  const filters = describeDisplayOptions(start, graph);
  const layoutAt = (day: number) => {
    const caption = buildCaption(graph, { day, mode: start.mode, window: start.window }, filters, options.title);
    return layoutPicture(
      { width: area.w, graphHeight: area.h, parts: options.parts, title: caption.title, whenWithMode: caption.whenWithMode, filters, credit: caption.credit, ...kinds, fadedNote: look.idleActors && !start.hideIdle, lineLooks, merged: start.aggregateEdges },
      measure,
    );
  };
  const first = layoutAt(options.to);
  const fitted = fitScale(first.width, first.height, options.width / first.width);
  // Video encoders want even sizes.
  const width = fitted.width - (fitted.width % 2);
  const height = fitted.height - (fitted.height % 2);
  const scale = width / first.width;

  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser could not make a canvas for the video.');
  const sink = await openFrameSink(canvas, options.fps);

  const wasPlaying = start.playing;
  const savedDay = start.day;
  const savedSpeed = start.speed;
  start.setPlaying(false);
  // The newest interactions stand out as in a live replay, at the video's speed.
  start.setSpeed(options.speed);
  start.setRecording(true);
  const moving = Math.ceil(replaySeconds(options.from, options.to, options.speed) * options.fps);
  const total = moving + 1 + Math.round(HOLD_END_SECONDS * options.fps);
  let blob: Blob;
  try {
    for (let k = 0; k < total; k++) {
      if (hooks.signal?.aborted) throw new DOMException('Recording cancelled', 'AbortError');
      // Frame k shows exactly this date, whatever the machine's speed.
      store.getState().setDay(Math.min(options.to, options.from + (k * options.speed) / options.fps));
      const graphFrame = await renderGraphFrame(cy, { area: options.area, w: area.w, h: area.h, scale, look });
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      drawPicture(ctx, layoutAt(store.getState().day), scale, 'white', graphFrame);
      await sink.add(k);
      hooks.onProgress?.(k + 1, total);
      // Let the page breathe: the progress bar and the graph on screen follow along.
      await new Promise((r) => setTimeout(r, 0));
    }
    blob = await sink.finish();
  } catch (err) {
    sink.abort();
    throw err;
  } finally {
    store.getState().setRecording(false);
    store.getState().setSpeed(savedSpeed);
    store.getState().setDay(savedDay);
    if (wasPlaying) store.getState().setPlaying(true);
  }
  return { blob, fileName: `tieline-replay-${isoFromDay(options.from)}-to-${isoFromDay(options.to)}.webm`, width, height, seconds: total / options.fps };
}
