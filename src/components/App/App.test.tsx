// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTielineStore } from '../../store/createTielineStore';
import { SMALL_FILE } from '../../../tests/fixtures/smallGraph';
import { App } from './App';

function serve(body: string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, statusText: status === 404 ? 'Not Found' : '' })));
}

describe('App loading', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names a missing file', async () => {
    serve('not here', 404);
    render(<App store={createTielineStore()} dataUrl="data/graph.json" />);
    expect(await screen.findByRole('heading', { name: 'This graph could not be opened' })).toBeTruthy();
    expect(screen.getByText('data/graph.json: the server answered 404 Not Found')).toBeTruthy();
  });

  it('names where a file is not JSON', async () => {
    serve('{\n  "schemaVersion": 1,\n}');
    render(<App store={createTielineStore()} dataUrl="data/graph.json" />);
    expect(await screen.findByText(/not valid JSON at line 3, column 1/)).toBeTruthy();
  });

  it('lists every validation problem with its path', async () => {
    const broken = structuredClone(SMALL_FILE);
    broken.edges[1]!.target = 'kuleba-typo';
    broken.edges[2]!.date = '2022-02-30';
    serve(JSON.stringify(broken));
    render(<App store={createTielineStore()} dataUrl="data/graph.json" />);
    expect(await screen.findByText('edges[1].target: "kuleba-typo" is not a node id')).toBeTruthy();
    expect(screen.getByText('edges[2].date: "2022-02-30" is not a calendar date')).toBeTruthy();
    expect(screen.getByText(/found 2 problems/)).toBeTruthy();
  });

  it('listens for keys on the window once, whatever is open', async () => {
    const live = new Set<unknown>();
    const add = vi.spyOn(window, 'addEventListener').mockImplementation(function (this: Window, type: string, cb: unknown) {
      if (type === 'keydown') live.add(cb);
    } as typeof window.addEventListener);
    const remove = vi.spyOn(window, 'removeEventListener').mockImplementation(function (this: Window, type: string, cb: unknown) {
      if (type === 'keydown') live.delete(cb);
    } as typeof window.removeEventListener);
    serve(JSON.stringify(SMALL_FILE));
    const store = createTielineStore();
    render(<App store={store} dataUrl="data/graph.json" />);
    await screen.findByRole('button', { name: 'Play' });
    act(() => {
      store.getState().select({ kind: 'node', id: 'son' });
      store.getState().setShortcutsOpen(true);
    });
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    const withEverything = live.size;
    act(() => store.getState().setCleanView(true));
    expect([withEverything, live.size]).toEqual([1, 1]);
    add.mockRestore();
    remove.mockRestore();
  });
});
