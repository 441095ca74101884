import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoFromDay } from '../domain/dates';
import { createTielineStore } from '../store/createTielineStore';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { REPLACE_EVERY_MS, REPLACE_WHILE_PLAYING_MS, startUrlSync, type UrlHost } from './urlSync';

/** A browser history in miniature: entries with their state, Back and Forward firing popstate. */
function fakeHost(search: string, hash = '') {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const listeners: (() => void)[] = [];
  const entries: { state: unknown; search: string }[] = [{ state: null, search }];
  let at = 0;
  const searchOf = (url: string | URL | null | undefined) => {
    const text = String(url);
    return text.includes('?') ? text.slice(text.indexOf('?')) : '';
  };
  const host: UrlHost & { history: { state: unknown } } = {
    location: { search, hash, pathname: '/app/' },
    history: {
      get state() {
        return entries[at]!.state;
      },
      pushState: (state, _t, url) => {
        calls.push({ kind: 'push', url: String(url) });
        entries.splice(at + 1, entries.length, { state, search: searchOf(url) });
        at++;
        host.location.search = searchOf(url);
      },
      replaceState: (state, _t, url) => {
        calls.push({ kind: 'replace', url: String(url) });
        entries[at] = { state, search: searchOf(url) };
        host.location.search = searchOf(url);
      },
    },
    addEventListener: (_t, cb) => listeners.push(cb),
    removeEventListener: () => {},
  };
  const go = (delta: number) => {
    at += delta;
    host.location.search = entries[at]!.search;
    listeners.forEach((cb) => cb());
  };
  return { host, calls, pop: () => listeners.forEach((cb) => cb()), back: () => go(-1), forward: () => go(1), length: () => entries.length };
}

/** The small graph as if opened from `?data=x`. */
function openFromX(store: ReturnType<typeof createTielineStore>) {
  store.getState().setGraphOrigin({ kind: 'url', address: 'x' });
  store.getState().setGraph(smallGraph());
}

describe('startUrlSync', () => {
  afterEach(() => vi.useRealTimers());

  it('restores the link once the graph loads, and names what it ignored', () => {
    const store = createTielineStore();
    const { host } = fakeHost('?date=2022-03-16&mode=window&window=10d&node=kuleba&edge=nope&data=x');
    startUrlSync(store, host);
    openFromX(store);
    const s = store.getState();
    expect(s.mode).toBe('window');
    expect(s.window).toEqual({ amount: 10, unit: 'day' });
    expect(s.selection).toEqual({ kind: 'node', id: 'kuleba' });
    expect(s.linkNotice).toEqual(['interaction "nope" is not in the data']);
  });

  it('replaces the URL, throttled, while moving, and pushes a selection; Back restores', () => {
    vi.useFakeTimers();
    const store = createTielineStore();
    const { host, calls, back } = fakeHost('?data=x');
    startUrlSync(store, host);
    openFromX(store);
    calls.length = 0; // the entry learning its graph at open
    const start = store.getState().day;
    for (let k = 1; k <= 20; k++) store.getState().setDay(start - k);
    expect(calls).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.kind).toBe('replace');
    expect(calls[0]!.url).toMatch(/^\/app\/\?data=x&date=/);
    store.getState().select({ kind: 'node', id: 'son' });
    expect(calls.at(-1)).toEqual({ kind: 'push', url: expect.stringContaining('node=son') });
    // Back: the address goes to the previous entry, and the view follows it.
    back();
    expect(store.getState().selection).toBeNull();
    expect(calls).toHaveLength(2); // following Back writes no new entry
  });

  it('during replay follows the date at most once per replay interval, and writes where it paused at once', () => {
    vi.useFakeTimers();
    const store = createTielineStore();
    const { host, calls } = fakeHost('?data=x');
    startUrlSync(store, host);
    openFromX(store);
    store.getState().setDay(store.getState().day - 400);
    vi.runOnlyPendingTimers();
    calls.length = 0;
    store.getState().setPlaying(true);
    const start = store.getState().day;
    const dateOf = (url: string) => new URLSearchParams(url.split('?')[1]).get('date');
    // Three and a half replay intervals of frames, a day each; each write noted with the time and the day showing then.
    expect(REPLACE_WHILE_PLAYING_MS).toBeGreaterThan(REPLACE_EVERY_MS); // replay writes less often than dragging
    const frameMs = 16;
    const frames = Math.ceil((3.5 * REPLACE_WHILE_PLAYING_MS) / frameMs);
    const writes: { at: number; date: string | null; showing: string }[] = [];
    for (let k = 1; k <= frames; k++) {
      store.getState().setDay(start + k);
      vi.advanceTimersByTime(frameMs);
      for (const c of calls.slice(writes.length)) writes.push({ at: Date.now(), date: dateOf(c.url), showing: isoFromDay(store.getState().day) });
    }
    expect(calls.every((c) => c.kind === 'replace')).toBe(true);
    // It follows: about one write per interval, each with the date on screen when written...
    expect(writes.length).toBeGreaterThanOrEqual(3);
    for (const w of writes) expect(w.date).toBe(w.showing);
    // ...and never two within one interval (every frame, or every REPLACE_EVERY_MS, would be many more).
    for (let i = 1; i < writes.length; i++) expect(writes[i]!.at - writes[i - 1]!.at).toBeGreaterThanOrEqual(REPLACE_WHILE_PLAYING_MS);
    // Paused: the day it stopped at is written at once, without waiting for the interval.
    store.getState().setDay(start + frames + 1);
    store.getState().setPlaying(false);
    expect(calls).toHaveLength(writes.length + 1);
    expect(dateOf(calls.at(-1)!.url)).toBe(isoFromDay(start + frames + 1));
  });

  it('a link restores merge, sizes, focus, path, the open panel, the log sort and the time mode', () => {
    vi.useFakeTimers();
    const store = createTielineStore();
    const first = fakeHost('?data=x');
    startUrlSync(store, first.host);
    openFromX(store);
    const g = store.getState().graph!;
    const at = (id: string) => g.nodeIndex.get(id)!;
    const s = store.getState();
    s.select({ kind: 'node', id: 'son' });
    s.setAggregateEdges(true);
    s.setSizeByActivity(true);
    s.setFocus({ node: at('son'), depth: 2 });
    s.setPathQuery({ from: at('son'), to: at('sybiha') });
    s.setPanel('log');
    s.setLogSort({ key: 'kind', dir: 'ascending' });
    s.setMode('window');
    vi.runOnlyPendingTimers();
    const link = first.host.location.search;
    expect(link).toContain('merge=1');
    expect(link).toContain('data=x');

    const again = createTielineStore();
    startUrlSync(again, fakeHost(link).host);
    openFromX(again);
    const r = again.getState();
    expect(r.linkNotice).toEqual([]);
    expect({ merge: r.aggregateEdges, size: r.sizeByActivity, focus: r.focus, path: r.pathQuery, panel: r.panel, sort: r.logSort, mode: r.mode, selection: r.selection }).toEqual({
      merge: true,
      size: true,
      focus: { node: at('son'), depth: 2 },
      path: { from: at('son'), to: at('sybiha') },
      panel: 'log',
      sort: { key: 'kind', dir: 'ascending' },
      mode: 'window',
      selection: { kind: 'node', id: 'son' },
    });
  });

  it('autoplay with from, to and loop=1 starts again at from instead of stopping at to', () => {
    const store = createTielineStore();
    startUrlSync(store, fakeHost('?autoplay=1&from=2022-02-01&to=2022-04-30&loop=1').host);
    store.getState().setGraph(smallGraph());
    const day = () => isoFromDay(store.getState().day);
    expect([day(), store.getState().playing]).toEqual(['2022-02-01', true]);
    store.getState().setDay(store.getState().day + 60);
    store.getState().setDay(store.getState().day + 40); // past 30 Apr
    expect([day(), store.getState().playing]).toEqual(['2022-02-01', true]);
    // Without loop it stops at `to`.
    const once = createTielineStore();
    startUrlSync(once, fakeHost('?autoplay=1&from=2022-02-01&to=2022-04-30').host);
    once.getState().setGraph(smallGraph());
    once.getState().setDay(once.getState().day + 100);
    expect([isoFromDay(once.getState().day), once.getState().playing]).toEqual(['2022-04-30', false]);
  });

  it('opening another graph adds an entry; Back and Forward move between the graphs with their views', () => {
    const store = createTielineStore();
    const { host, back, forward } = fakeHost('?data=x&node=son');
    startUrlSync(store, host, { reopen: () => Promise.reject(new Error('should come from memory')) });
    openFromX(store);
    const linked = store.getState().graph!;
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'son' });
    // The person opens a file: a new entry, without data= and without the old selection.
    const file = smallGraph();
    store.getState().setGraphOrigin({ kind: 'file', name: 'ties.csv' });
    store.getState().setGraph(file);
    expect(host.location.search).not.toContain('data=');
    expect(store.getState().selection).toBeNull();
    back();
    expect(store.getState().graph).toBe(linked);
    expect(store.getState().graphOrigin).toEqual({ kind: 'url', address: 'x' });
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'son' });
    forward();
    expect(store.getState().graph).toBe(file);
    expect(store.getState().selection).toBeNull();
  });

  it('Back to a graph no longer in memory reopens it from its address', async () => {
    const store = createTielineStore();
    const { host, back } = fakeHost('');
    const asked: unknown[] = [];
    startUrlSync(store, host, { reopen: async (origin) => void asked.push(origin) });
    store.getState().setGraph(smallGraph());
    // An entry from before a reload names a graph this page never had.
    host.history.replaceState({ tielineGraph: 'old-page-1', origin: { kind: 'url', address: 'https://example.org/g.json' } }, '', '/app/?data=https%3A%2F%2Fexample.org%2Fg.json');
    host.history.pushState({ tielineGraph: 'x', origin: { kind: 'shipped' } }, '', '/app/');
    back();
    expect(asked).toEqual([{ kind: 'url', address: 'https://example.org/g.json' }]);
  });
});
