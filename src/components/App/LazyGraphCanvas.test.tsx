// @vitest-environment jsdom
/**
 * The graph view's chunk can arrive after the render that showed "Drawing the
 * graph…" and before that render's effects run (a small file on a fast page:
 * the bench's Tieline page stayed on the placeholder in about one load of
 * two). The graph must show whenever the chunk arrives.
 */
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTielineStore } from '../../store/createTielineStore';
import { smallGraph } from '../../../tests/fixtures/smallGraph';

/** Opens when the test says: the chunk's download finishing. */
const gate = vi.hoisted(() => {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
});
vi.mock('../../graph-view/GraphCanvas', async () => {
  await gate.opened;
  return { GraphCanvas: () => <p>the cytoscape view</p> };
});

afterEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

describe('LazyGraphCanvas', () => {
  it('shows the graph view when its chunk arrives between the placeholder’s commit and its effects', async () => {
    // Rendered as the app renders (not inside act), so React's own scheduling decides when effects run.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const { LazyGraphCanvas } = await import('./LazyGraphCanvas');
    const { StoreProvider } = await import('../../store/StoreContext');
    const store = createTielineStore();
    store.getState().setGraph(smallGraph());
    const el = document.createElement('div');
    document.body.append(el);
    // The placeholder's commit is a DOM mutation; its observer runs as a microtask, before React's passive effects.
    new MutationObserver((_, observer) => {
      observer.disconnect();
      gate.open();
    }).observe(el, { childList: true });
    const root = createRoot(el);
    root.render(
      <StoreProvider store={store}>
        <LazyGraphCanvas store={store} label="Network" />
      </StoreProvider>,
    );
    await vi.waitFor(() => expect(el.textContent).toBe('the cytoscape view'), { timeout: 2000 });
    root.unmount();
  });
});
