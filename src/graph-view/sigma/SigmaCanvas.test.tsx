// @vitest-environment jsdom
// The sigma view under React's StrictMode (mount, unmount, mount): one live
// renderer, every other one killed (its WebGL context freed), every listener
// it added removed, and one keyboard handler. jsdom has no WebGL, so sigma is
// replaced by a recorder of what the view asks of it (ProgressiveSigma too).
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toModel } from '../../data/toModel';
import { createTielineStore } from '../../store/createTielineStore';
import { largeStyledGraphFile } from '../../../tests/fixtures/largeStyledGraph';

const made = vi.hoisted(() => [] as { killed: boolean; listeners: number; cameraListeners: number }[]);

vi.mock('sigma', () => {
  class FakeCamera {
    state = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    constructor(private readonly record: { cameraListeners: number }) {}
    on() {
      this.record.cameraListeners++;
    }
    removeListener() {
      this.record.cameraListeners--;
    }
    getState() {
      return this.state;
    }
    setState(s: object) {
      Object.assign(this.state, s);
    }
    getBoundedRatio(r: number) {
      return r;
    }
    animate(s: object) {
      Object.assign(this.state, s);
      return Promise.resolve();
    }
  }
  class FakeSigma {
    record = { killed: false, listeners: 0, cameraListeners: 0 };
    camera = new FakeCamera(this.record);
    constructor() {
      made.push(this.record);
    }
    on() {
      this.record.listeners++;
    }
    removeListener() {
      this.record.listeners--;
    }
    removeAllListeners() {
      this.record.listeners = 0;
    }
    kill() {
      this.record.killed = true;
    }
    refresh() {}
    resize() {}
    getCamera() {
      return this.camera;
    }
    getDimensions() {
      return { width: 800, height: 600 };
    }
    graphToViewport(p: { x: number; y: number }) {
      return { x: p.x / 4, y: -p.y / 4 };
    }
    viewportToGraph(p: { x: number; y: number }) {
      return { x: p.x * 4, y: -p.y * 4 };
    }
    viewportToFramedGraph(p: { x: number; y: number }) {
      return p;
    }
    scaleSize(s: number) {
      return s;
    }
  }
  return { default: FakeSigma };
});
// The view draws through ProgressiveSigma (batched frames): here the recorder, drawing at once.
vi.mock('./progressiveSigma', async () => {
  const { default: FakeSigma } = await import('sigma');
  class FakeProgressiveSigma extends (FakeSigma as unknown as new () => object) {
    static create() {
      return new FakeProgressiveSigma();
    }
    firstDraw() {
      return Promise.resolve();
    }
    redrawAll() {
      return Promise.resolve();
    }
  }
  return { ProgressiveSigma: FakeProgressiveSigma, batched: (program: unknown) => program };
});
vi.mock('sigma/rendering', () => ({
  EdgeArrowProgram: class {},
  EdgeRectangleProgram: class {},
  EdgeLineProgram: class {},
  EdgeProgram: class {},
  createEdgeCompoundProgram: () => class {},
  createEdgeArrowHeadProgram: () => class {},
}));
vi.mock('sigma/utils', () => ({ floatColor: () => 0 }));

const { SigmaCanvas } = await import('./SigmaCanvas');

let observers = 0;
globalThis.ResizeObserver = class {
  observe() {
    observers++;
  }
  unobserve() {}
  disconnect() {
    observers--;
  }
};

afterEach(() => cleanup());

describe('the sigma view under StrictMode', () => {
  it('keeps one renderer and one set of handlers through mount, unmount and mount, and frees everything on unmount', async () => {
    const store = createTielineStore();
    store.getState().setGraph(toModel(largeStyledGraphFile()));
    const view = render(
      <StrictMode>
        <SigmaCanvas store={store} label="The graph" />
      </StrictMode>,
    );
    await waitFor(() => expect(window.__tieline?.renderer).toBe('sigma'), { timeout: 30_000 });
    const live = made.filter((r) => !r.killed);
    expect(live).toHaveLength(1);
    for (const r of made.filter((m) => m.killed)) expect(r).toMatchObject({ listeners: 0, cameraListeners: 0 });
    expect(live[0]!.cameraListeners).toBe(1);
    expect(observers).toBe(1);
    expect(document.querySelectorAll('.sigma-canvas__ring')).toHaveLength(1);

    // One key press, one move: a second keyboard handler would move on from the first one's choice.
    let moves = 0;
    const stop = store.subscribe((s, prev) => {
      if (s.selection !== prev.selection) moves++;
    });
    const canvas = view.container.querySelector<HTMLElement>('#graph-canvas')!;
    act(() => {
      canvas.focus();
      fireEvent.keyDown(canvas, { key: 'ArrowRight' });
    });
    expect(moves).toBe(1);
    expect(store.getState().selection?.kind).toBe('node');
    stop();

    view.unmount();
    expect(made.every((r) => r.killed && r.listeners === 0 && r.cameraListeners === 0)).toBe(true);
    expect(observers).toBe(0);
    expect(document.querySelectorAll('.sigma-canvas__ring')).toHaveLength(0);
    expect(window.__tieline).toBeUndefined();
  }, 60_000);
});
