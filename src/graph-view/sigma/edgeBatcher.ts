/**
 * How many edges a frame may draw, and which edge programs still have some
 * to draw: the bookkeeping behind drawing sigma's edges over several frames.
 *
 * Why: without a GPU (SwiftShader), the compositor waits at each frame's
 * commit until WebGL has drawn everything issued in that frame; 97,000 lines
 * took 0.9–1.5 s there, one task the page could not answer in. Drawn in
 * batches onto a canvas that keeps its pixels, each frame waits only for its
 * batch. The batch size follows the time the frames take, so a machine with a
 * GPU draws everything in one or two frames. No WebGL here (unit-tested).
 */

/** What a program being drawn in batches offers the batcher. */
export interface BatchedDrawing {
  /** Draws the next batch of its items (as the budget allows) without clearing. */
  drawMore(): void;
  /** Items it has drawn since the canvas was last cleared, and items it has. */
  readonly drawn: number;
  readonly total: number;
}

export interface FrameClock {
  now(): number;
  /** Calls `fn` at the next animation frame; returns a handle for `cancel`. */
  request(fn: () => void): number;
  cancel(handle: number): void;
}

export const browserClock: FrameClock = {
  now: () => performance.now(),
  request: (fn) => requestAnimationFrame(() => fn()),
  cancel: (h) => cancelAnimationFrame(h),
};

/** Time a frame's batch should take to draw: well under the 1 s budget for a task, with room for the rest of the frame. */
export const FRAME_TARGET_MS = 120;
/**
 * Items the first frame draws, before any frame was measured: few, because
 * that frame also pays for the shaders' first use (SwiftShader compiles them then).
 */
export const FIRST_BATCH = 2_000;
/** The batch grows at most this much per frame: one fast frame (a commit that did not wait) must not unleash everything. */
export const MAX_GROWTH = 3;
export const MIN_BATCH = 1_000;

export class EdgeBatcher {
  /** Items a frame may draw: learnt from the frames so far. */
  perFrame = FIRST_BATCH;
  private left = 0;
  private readonly pending = new Set<BatchedDrawing>();
  private readonly known = new Set<BatchedDrawing>();
  private handle = 0;
  private drawStart = -1;
  private drawnInFrame = 0;
  private stopped = false;
  private waiters: (() => void)[] = [];
  /** Called after every frame that drew, with the share of items drawn (0–1). */
  onProgress: (share: number) => void = () => {};

  constructor(private readonly clock: FrameClock = browserClock) {}

  /** A full render starts: the canvas was cleared, every program starts over. */
  startRender(): void {
    this.cancelFrame();
    this.pending.clear();
    this.left = this.perFrame;
    this.drawStart = this.clock.now();
    this.drawnInFrame = 0;
  }

  /** How many of `wanted` items the caller may draw in this frame. */
  take(wanted: number): number {
    const n = Math.max(0, Math.min(wanted, this.left));
    this.left -= n;
    this.drawnInFrame += n;
    return n;
  }

  /** `p` still has items to draw after this frame. */
  defer(p: BatchedDrawing): void {
    this.known.add(p);
    this.pending.add(p);
  }

  /** `p` draws in batches (counted in the progress even once complete). */
  register(p: BatchedDrawing): void {
    this.known.add(p);
  }

  /**
   * A full render ended. The next batch waits two frames: this render may
   * have run outside a frame, and the batch must come after its commit, so
   * that the time measured is the time its batch took.
   */
  endRender(): void {
    this.report();
    if (this.pending.size === 0) return this.complete();
    this.handle = this.clock.request(() => {
      this.handle = this.clock.request(this.continueFrame);
    });
  }

  /** True while some edges are still to be drawn. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves once a render has drawn every edge (at once when nothing is pending). */
  whenComplete(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The renderer was killed: no more frames. */
  stop(): void {
    this.stopped = true;
    this.cancelFrame();
    this.pending.clear();
    this.complete(); // whoever waits learns it is over (and finds the draw cancelled)
  }

  private readonly continueFrame = () => {
    this.handle = 0;
    if (this.stopped) return;
    this.learn();
    this.left = this.perFrame;
    const list = [...this.pending];
    this.pending.clear();
    for (const p of list) p.drawMore();
    this.report();
    if (this.pending.size === 0) this.complete();
    else this.handle = this.clock.request(this.continueFrame);
  };

  /** The time since the last batch started is what that batch cost (the commit waited for it). */
  private learn(): void {
    const now = this.clock.now();
    const spent = now - this.drawStart;
    if (this.drawnInFrame > 0 && spent > 0) {
      const fit = Math.round((FRAME_TARGET_MS * this.drawnInFrame) / spent);
      this.perFrame = Math.max(MIN_BATCH, Math.min(fit, this.perFrame * MAX_GROWTH));
    }
    this.drawStart = now;
    this.drawnInFrame = 0;
  }

  private report(): void {
    let drawn = 0;
    let total = 0;
    for (const p of this.known) {
      drawn += p.drawn;
      total += p.total;
    }
    this.onProgress(total === 0 ? 1 : drawn / total);
  }

  private complete(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w();
  }

  private cancelFrame(): void {
    if (this.handle) this.clock.cancel(this.handle);
    this.handle = 0;
  }
}
