/**
 * Keeps the address bar and the store in step. On open (once the graph is
 * loaded) the link's view is restored, and whatever could not be used is
 * put in `linkNotice`. Afterwards moving around replaces the URL, throttled,
 * so replay and dragging never flood the history; deliberate steps (a new
 * selection) push an entry, and Back returns to the previous one.
 */
import type { TielineGraph } from '../domain/model';
import type { TielineState, TielineStore } from '../store/createTielineStore';
import { startAutoplay } from './autoplay';
import { applyViewState, decodeContextOf, viewStateOf } from './storeView';
import { decodeViewState, writeViewState } from './viewStateCodec';

export interface UrlHost {
  location: { search: string; hash: string; pathname: string };
  history: Pick<History, 'replaceState' | 'pushState'>;
  addEventListener(type: 'popstate', cb: () => void): void;
  removeEventListener(type: 'popstate', cb: () => void): void;
}

const REPLACE_EVERY_MS = 250;

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: TielineStore, host: UrlHost = window): () => void {
  const first = decodeViewState(host.location.search, host.location.hash, {
    nodeIds: new Set(),
    edgeIds: new Set(),
    rangeOf: () => ({ first: 0, last: 0 }),
    speeds: [],
  });
  if (first.open.embed) store.getState().setEmbed(true);

  let restored = false;
  let lastWritten = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopAutoplay: (() => void) | null = null;
  /** True while the link itself is being applied: those changes are not the person's steps. */
  let applying = false;

  const urlFor = (s: TielineState) =>
    `${host.location.pathname}${writeViewState(host.location.search, viewStateOf(s), { embed: s.embed })}${host.location.hash === '#autoplay' ? '' : host.location.hash}`;

  const flush = () => {
    timer = null;
    const url = urlFor(store.getState());
    if (url !== lastWritten) host.history.replaceState(null, '', url);
    lastWritten = url;
  };

  const restore = (graph: TielineGraph, atOpen: boolean) => {
    const decoded = decodeViewState(host.location.search, host.location.hash, decodeContextOf(graph));
    applying = true;
    try {
      applyViewState(store, decoded);
    } finally {
      applying = false;
    }
    if (atOpen) {
      store.getState().setLinkNotice(decoded.ignored);
      if (decoded.open.autoplay) stopAutoplay = startAutoplay(store, decoded.open.autoplay);
    }
    lastWritten = urlFor(store.getState());
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (!s.graph || applying) return;
    if (s.graph !== prev.graph || !restored) {
      restored = true;
      restore(s.graph, true);
      return;
    }
    if (s.selection !== prev.selection) {
      // A deliberate step: its own history entry.
      if (timer) clearTimeout(timer);
      timer = null;
      const url = urlFor(s);
      if (url !== lastWritten) host.history.pushState(null, '', url);
      lastWritten = url;
      return;
    }
    if (timer === null && urlFor(s) !== lastWritten) timer = setTimeout(flush, REPLACE_EVERY_MS);
  });
  const initial = store.getState().graph;
  if (initial) {
    restored = true;
    restore(initial, true);
  }

  const onPop = () => {
    const graph = store.getState().graph;
    if (graph) restore(graph, false);
  };
  host.addEventListener('popstate', onPop);

  return () => {
    unsubscribe();
    stopAutoplay?.();
    if (timer) clearTimeout(timer);
    host.removeEventListener('popstate', onPop);
  };
}
