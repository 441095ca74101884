/**
 * What every contender page shares: reading which graph to open, and the
 * uniform `window.bench` API the runner (bench/run.mjs) drives.
 *
 * A contender only has to say how to apply one date change synchronously
 * (its "renderer state updated, before paint"); timing, stepping with a
 * painted frame between steps, and replay frame recording live here, so all
 * contenders are measured by the same code.
 */
export type BenchMode = 'cumulative' | 'window';

export interface Contender {
  /** Name of the performance mark the page sets once the graph is painted. */
  paintedMark: string;
  /** Which renderer draws the graph, where the contender chooses (Tieline: cytoscape or sigma, as the app). */
  renderer?: string;
  /**
   * Days per second the app's Play button replays at by default (Tieline only), so the runner can
   * replay this page at the app's pace and compare the whole app with the canvas like for like.
   */
  playSpeed?: number;
  /** The slider's range, in day numbers (days since 1970-01-01, UTC). */
  range: { first: number; last: number };
  nodes: number;
  edges: number;
  /** Applies a date change synchronously: after it returns, the renderer's state is updated. */
  setDay(day: number): void;
  /** Cumulative, or a 3-month window. */
  setMode(mode: BenchMode): void;
  /** Replay on or off (Tieline emphasises the newest interactions while playing). */
  setPlaying(playing: boolean): void;
  /** Interactions in view now, so the runner can check every contender shows the same thing. */
  visibleEdges(): number;
  /**
   * Optional (Tieline only): what is emphasised while stepping. 'selection':
   * the busiest actor selected and focus at 1 step; 'path': the shortest
   * paths between the two busiest actors shown; 'none': neither.
   */
  setEmphasis?(emphasis: Emphasis): void;
}

export type Emphasis = 'none' | 'selection' | 'path';

export interface ReplayResult {
  /** Interval between successive animation frames, ms, one per step. */
  frames: number[];
  /** Apply time of each step, ms. */
  applyMs: number[];
  totalMs: number;
}

export interface BenchApi {
  ready: Promise<void>;
  info(): { paintedMark: string; renderer?: string; playSpeed?: number; range: { first: number; last: number }; nodes: number; edges: number };
  /** Applies a day; returns the apply time in ms (also kept for applyTimeMs). */
  setDay(day: number): number;
  applyTimeMs(): number;
  setMode(mode: BenchMode): void;
  visibleEdges(): number;
  /** Whether the contender can emphasise (see Contender.setEmphasis). */
  hasEmphasis(): boolean;
  setEmphasis(emphasis: Emphasis): void;
  /**
   * Applies each day in turn and returns each apply time, ms. With `paint`,
   * waits two animation frames after each step, so the renderer draws every
   * state; without, steps follow each other (for graphs that take seconds per frame).
   */
  steps(days: number[], paint?: boolean): Promise<number[]>;
  /** One step per animation frame, as replay does; `playing` false skips Tieline's replay emphasis (profiling). */
  replay(days: number[], playing?: boolean): Promise<ReplayResult>;
  /** Waits for n animation frames (lets the renderer paint). */
  frames(n: number): Promise<void>;
  error?: string;
}

declare global {
  interface Window {
    bench?: BenchApi;
  }
}

/** The graph to open: `?graph=graphs/graph-5000.json` (relative to the page). */
export function graphUrl(): string {
  const url = new URLSearchParams(location.search).get('graph');
  if (!url) throw new Error('No ?graph= in the page URL');
  return new URL(url, location.href).href;
}

export async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** Sets the painted mark once, two animation frames after the first draw was requested. */
export function markPaintedOnce(name: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(name).length === 0) performance.mark(name);
    }),
  );
}

/** Resolves once the page has set its painted mark. */
export function whenMarked(name: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (performance.getEntriesByName(name).length > 0 ? resolve() : requestAnimationFrame(check));
    check();
  });
}

/**
 * Installs `window.bench` for a contender that will be ready once `load`
 * resolves. Errors are kept on `window.bench.error` for the runner to report.
 */
export function installBench(load: () => Promise<Contender>): void {
  let contender: Contender | null = null;
  let last = 0;
  const need = (): Contender => {
    if (!contender) throw new Error('bench: contender not ready');
    return contender;
  };
  const apply = (day: number): number => {
    const c = need();
    const t0 = performance.now();
    c.setDay(day);
    last = performance.now() - t0;
    return last;
  };
  const api: BenchApi = {
    ready: (async () => {
      contender = await load();
      await whenMarked(contender.paintedMark);
    })().catch((err: unknown) => {
      api.error = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
      throw err;
    }),
    info: () => {
      const c = need();
      return { paintedMark: c.paintedMark, renderer: c.renderer, playSpeed: c.playSpeed, range: c.range, nodes: c.nodes, edges: c.edges };
    },
    setDay: apply,
    applyTimeMs: () => last,
    setMode: (mode) => need().setMode(mode),
    visibleEdges: () => need().visibleEdges(),
    hasEmphasis: () => typeof need().setEmphasis === 'function',
    setEmphasis: (emphasis) => need().setEmphasis?.(emphasis),
    async steps(days, paint = true) {
      const out: number[] = [];
      for (const d of days) {
        out.push(apply(d));
        if (paint) await frames(2); // the renderer draws the new state before the next step
      }
      return out;
    },
    replay(days, playing = true) {
      const c = need();
      c.setPlaying(playing);
      return new Promise((resolve) => {
        const frameMs: number[] = [];
        const applyMs: number[] = [];
        let i = 0;
        let prev = 0;
        let start = 0;
        const tick = (t: number) => {
          if (i === 0) start = t;
          else frameMs.push(t - prev);
          prev = t;
          if (i === days.length) {
            c.setPlaying(false);
            resolve({ frames: frameMs, applyMs, totalMs: t - start });
            return;
          }
          applyMs.push(apply(days[i++]!));
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    frames,
  };
  // An unhandled rejection here would only duplicate api.error.
  api.ready.catch(() => undefined);
  window.bench = api;
}
