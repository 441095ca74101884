/**
 * Replay as video: steps the date frame by frame over a range, draws each
 * frame (graph, caption with the date, legend, credit) onto a canvas and
 * encodes the frames in the browser (MP4 where it can encode H.264, else WebM). No server.
 *
 * Driven frame by frame: frame k shows the date from + k·speed/fps and is
 * handed to the encoder with its own timestamp (videoSinks.ts), so the
 * video's timing never depends on how fast the machine draws. Loaded on
 * demand.
 */
import { layoutPicture } from '../domain/pictureLayout';
import { isoFromDay } from '../domain/dates';
import { drawnCy } from '../graph-view/activeGraph';
import { pictureSpec, type FixedParts } from './pictureSpec';
import { graphAreaSize, renderGraphFrame } from '../graph-view/renderGraphImage';
import type { TielineStore } from '../store/createTielineStore';
import { fitScale } from './canvasLimits';
import { canvasMeasure, drawPicture } from './drawPicture';
import type { PictureOptions } from './pictureOptions';
import { openFrameSink } from './videoSinks';

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
  /** "MP4 (H.264)", "WebM (VP9)"… */
  format: string;
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
  const start = store.getState();
  const cy = drawnCy(start);
  const { graph, timeIndex } = start;
  if (!cy || !graph || !timeIndex) throw new Error('The graph is not on screen yet.');
  if (options.to <= options.from) throw new Error('The range must end after it starts.');

  const measure = canvasMeasure();
  const look = { affiliations: options.parts.affiliations, idleActors: options.parts.idleActors };
  const area = graphAreaSize(cy, options.area, look);
  // One legend for the whole video: every kind that appears over the range (in the view's mode, window and filters), so it never jumps.
  const over = start.engine.partsOverRange(options.from, options.to, { affiliations: look.affiliations, hideIdle: start.hideIdle || !look.idleActors });
  // Actors may be faded on some frame whenever idle actors are drawn.
  const fixed: FixedParts = { nodeKinds: over.nodeKinds, edgeKinds: over.edgeKinds, fadedNote: look.idleActors && !start.hideIdle, lineLooks: over.lineLooks };
  // Each frame's picture is the export's picture for the store's state at that frame (caption, credit, balance).
  const layoutNow = () => layoutPicture(pictureSpec(store.getState(), options, area, false, fixed), measure);
  store.getState().setDay(options.to);
  const first = layoutNow();
  store.getState().setDay(start.day);
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
  const { sink, format } = await openFrameSink(canvas, options.fps);

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
      drawPicture(ctx, layoutNow(), scale, 'white', graphFrame);
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
  return {
    blob,
    fileName: `tieline-replay-${isoFromDay(options.from)}-to-${isoFromDay(options.to)}.${format.extension}`,
    format: format.label,
    width,
    height,
    seconds: total / options.fps,
  };
}
