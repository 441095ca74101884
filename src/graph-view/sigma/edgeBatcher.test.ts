// Drawing edges over several frames: every item is drawn exactly once per
// render, in buffer order, a new render starts over, the batch follows the
// time frames take, and a killed renderer draws no more.
import { describe, expect, it } from 'vitest';
import { EdgeBatcher, FIRST_BATCH, MAX_GROWTH, type BatchedDrawing, type FrameClock } from './edgeBatcher';

/** Frames run when the test says so; time moves by what each frame "costs". */
function fakeClock() {
  let t = 0;
  let next = 1;
  const queue = new Map<number, () => void>();
  const clock: FrameClock = {
    now: () => t,
    request: (fn) => (queue.set(next, fn), next++),
    cancel: (h) => void queue.delete(h),
  };
  const frame = (ms = 16) => {
    t += ms;
    const due = [...queue.values()];
    queue.clear();
    for (const fn of due) fn();
  };
  return { clock, frame, pending: () => queue.size };
}

/** A program of `total` items that records the ranges it draws, as progressiveSigma's Batched does. */
function program(b: EdgeBatcher, total: number) {
  const ranges: [number, number][] = [];
  const p: BatchedDrawing & { drawn: number; render(): void; ranges: typeof ranges } = {
    drawn: 0,
    total,
    ranges,
    render() {
      p.drawn = 0;
      p.drawMore();
    },
    drawMore() {
      b.register(p);
      const n = b.take(total - p.drawn);
      if (n > 0) ranges.push([p.drawn, p.drawn + n]);
      p.drawn += n;
      if (p.drawn < total) b.defer(p);
    },
  };
  return p;
}

function render(b: EdgeBatcher, programs: { render(): void }[]) {
  b.startRender();
  for (const p of programs) p.render();
  b.endRender();
}

/** Each item of [0, total) exactly once, in order. */
function coversOnce(ranges: [number, number][], total: number) {
  let at = 0;
  for (const [from, to] of ranges) {
    expect(from).toBe(at);
    at = to;
  }
  expect(at).toBe(total);
}

describe('drawing edges over frames', () => {
  it('draws every item of every program exactly once, in order, then says it is complete', async () => {
    const { clock, frame } = fakeClock();
    const b = new EdgeBatcher(clock);
    const line = program(b, 97_000);
    const arrow = program(b, 5_000);
    const shares: number[] = [];
    b.onProgress = (s) => shares.push(s);
    render(b, [line, arrow]);
    expect(line.ranges).toEqual([[0, FIRST_BATCH]]);
    let complete = false;
    void b.whenComplete().then(() => (complete = true));
    for (let k = 0; k < 200 && b.busy; k++) frame(100);
    await Promise.resolve();
    expect(complete).toBe(true);
    coversOnce(line.ranges, 97_000);
    coversOnce(arrow.ranges, 5_000);
    expect(shares.at(-1)).toBe(1);
    expect([...shares].sort((x, y) => x - y)).toEqual(shares);
  });

  it('starts over when a new render clears the canvas, and learns the batch from the time frames take', () => {
    const { clock, frame } = fakeClock();
    const b = new EdgeBatcher(clock);
    const line = program(b, 100_000);
    render(b, [line]);
    frame(16);
    frame(16); // two frames after a render: the first continued batch
    expect(line.ranges).toHaveLength(2);
    // A fast frame lets the batch grow, at most MAX_GROWTH times per frame.
    expect(b.perFrame).toBe(FIRST_BATCH * MAX_GROWTH);
    frame(400); // a slow frame: the batch shrinks to fit the target
    expect(b.perFrame).toBeLessThan(FIRST_BATCH * MAX_GROWTH);
    line.ranges.length = 0;
    render(b, [line]);
    expect(line.ranges[0]![0]).toBe(0);
    for (let k = 0; k < 500 && b.busy; k++) frame(50);
    coversOnce(line.ranges, 100_000);
  });

  it('draws nothing more once stopped, and lets whoever waits go', async () => {
    const { clock, frame, pending } = fakeClock();
    const b = new EdgeBatcher(clock);
    const line = program(b, 50_000);
    render(b, [line]);
    let released = false;
    void b.whenComplete().then(() => (released = true));
    b.stop();
    frame();
    frame();
    await Promise.resolve();
    expect(line.ranges).toHaveLength(1);
    expect(pending()).toBe(0);
    expect(released).toBe(true);
  });
});
