import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTielineStore } from '../store/createTielineStore';
import { smallGraph } from '../../tests/fixtures/smallGraph';
import { startUrlSync, type UrlHost } from './urlSync';

function fakeHost(search: string, hash = '') {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const listeners: (() => void)[] = [];
  const host: UrlHost = {
    location: { search, hash, pathname: '/app/' },
    history: {
      pushState: (_s, _t, url) => {
        calls.push({ kind: 'push', url: String(url) });
        host.location.search = String(url).slice(String(url).indexOf('?'));
      },
      replaceState: (_s, _t, url) => {
        calls.push({ kind: 'replace', url: String(url) });
        host.location.search = String(url).slice(String(url).indexOf('?'));
      },
    },
    addEventListener: (_t, cb) => listeners.push(cb),
    removeEventListener: () => {},
  };
  return { host, calls, pop: () => listeners.forEach((cb) => cb()) };
}

describe('startUrlSync', () => {
  afterEach(() => vi.useRealTimers());

  it('restores the link once the graph loads, and names what it ignored', () => {
    const store = createTielineStore();
    const { host } = fakeHost('?date=2022-03-16&mode=window&window=10d&node=kuleba&edge=nope&data=x');
    startUrlSync(store, host);
    store.getState().setGraph(smallGraph());
    const s = store.getState();
    expect(s.mode).toBe('window');
    expect(s.window).toEqual({ amount: 10, unit: 'day' });
    expect(s.selection).toEqual({ kind: 'node', id: 'kuleba' });
    expect(s.linkNotice).toEqual(['interaction "nope" is not in the data']);
  });

  it('replaces the URL at most every 250 ms while moving, and pushes a selection; Back restores', () => {
    vi.useFakeTimers();
    const store = createTielineStore();
    const { host, calls, pop } = fakeHost('?data=x');
    startUrlSync(store, host);
    store.getState().setGraph(smallGraph());
    const start = store.getState().day;
    for (let k = 1; k <= 20; k++) store.getState().setDay(start - k);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(260);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.kind).toBe('replace');
    expect(calls[0]!.url).toMatch(/^\/app\/\?data=x&date=/);
    store.getState().select({ kind: 'node', id: 'son' });
    expect(calls.at(-1)).toEqual({ kind: 'push', url: expect.stringContaining('node=son') });
    // Back: the address goes to the previous entry, and the view follows it.
    host.location.search = calls[0]!.url.slice(calls[0]!.url.indexOf('?'));
    pop();
    expect(store.getState().selection).toBeNull();
    expect(calls).toHaveLength(2); // following Back writes no new entry
  });
});
