/**
 * Keeps the address bar and the store in step. On open (once the graph is
 * loaded) the link's view is restored, and whatever could not be used is
 * put in `linkNotice`. Afterwards moving around replaces the URL, throttled,
 * so replay and dragging never flood the history; deliberate steps (a new
 * selection, another graph opened) push an entry, and Back returns to the
 * previous one, bringing back its graph when that differs (graphHistory.ts).
 */
import type { TielineGraph } from '../domain/model';
import type { GraphOrigin, TielineState, TielineStore } from '../store/createTielineStore';
import { startAutoplay } from './autoplay';
import { entryOf, OpenedGraphs, searchForOrigin, type GraphEntry } from './graphHistory';
import { applyViewState, decodeContextOf, viewStateOf } from './storeView';
import { decodeViewState, writeViewState } from './viewStateCodec';

export interface UrlHost {
  location: { search: string; hash: string; pathname: string };
  history: Pick<History, 'replaceState' | 'pushState'> & { readonly state?: unknown };
  addEventListener(type: 'popstate', cb: () => void): void;
  removeEventListener(type: 'popstate', cb: () => void): void;
}

export interface UrlSyncOptions {
  /** Opens a graph that Back or Forward returned to but that is no longer in memory. */
  reopen?(origin: GraphOrigin): Promise<void>;
}

/** While the person moves around, the address bar is written at most this often (exported for the tests). */
export const REPLACE_EVERY_MS = 250;
/** During replay the date changes every frame: the address bar follows once a second (a write costs a few ms; exported for the tests). */
export const REPLACE_WHILE_PLAYING_MS = 1000;

const sameOrigin = (a: GraphOrigin, b: GraphOrigin) => JSON.stringify(a) === JSON.stringify(b);

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(store: TielineStore, host: UrlHost = window, options: UrlSyncOptions = {}): () => void {
  const first = decodeViewState(host.location.search, host.location.hash, {
    nodeIds: new Set(),
    edgeIds: new Set(),
    rangeOf: () => ({ first: 0, last: 0 }),
    speeds: [],
  });
  if (first.open.embed) store.getState().setEmbed(true);

  const opened = new OpenedGraphs();
  let entry: GraphEntry | null = null;
  let restored = false;
  let lastWritten = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopAutoplay: (() => void) | null = null;
  /** True while the link itself is being applied: those changes are not the person's steps. */
  let applying = false;
  /** Set while Back or Forward brings a graph back: it arrives at its entry, not as a new one. */
  let returning = false;

  const urlFor = (s: TielineState, search = host.location.search) =>
    `${host.location.pathname}${writeViewState(search, viewStateOf(s), { embed: s.embed })}${host.location.hash === '#autoplay' ? '' : host.location.hash}`;

  const flush = () => {
    timer = null;
    const url = urlFor(store.getState());
    if (url !== lastWritten) host.history.replaceState(entry, '', url);
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

  /** A graph arrived: the link's (at open), the one Back returned to, or one the person opened (a new entry). */
  const arrive = (s: TielineState, atOpen: boolean) => {
    const graph = s.graph!;
    if (timer) clearTimeout(timer);
    timer = null;
    const linkData = new URLSearchParams(host.location.search).get('data');
    const linkFits = linkData === (s.graphOrigin.kind === 'url' ? s.graphOrigin.address : null);
    if (returning || (atOpen && linkFits)) {
      returning = false;
      restore(graph, atOpen);
      entry = opened.entryFor(graph, s.graphOrigin);
      // The entry keeps its address as it is; only its state learns which graph it shows.
      host.history.replaceState(entry, '', `${host.location.pathname}${host.location.search}${host.location.hash}`);
      return;
    }
    // A new graph opens at its own default view; the previous graph keeps its entry, one Back away.
    stopAutoplay?.();
    stopAutoplay = null;
    store.getState().setLinkNotice([]);
    entry = opened.entryFor(graph, s.graphOrigin);
    const url = urlFor(store.getState(), searchForOrigin(host.location.search, s.graphOrigin));
    host.history.pushState(entry, '', url);
    lastWritten = url;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (!s.graph || applying) return;
    if (s.graph !== prev.graph || !restored) {
      const atOpen = !restored;
      restored = true;
      arrive(s, atOpen);
      return;
    }
    if (s.selection !== prev.selection) {
      // A deliberate step: its own history entry.
      if (timer) clearTimeout(timer);
      timer = null;
      const url = urlFor(s);
      if (url !== lastWritten) host.history.pushState(entry, '', url);
      lastWritten = url;
      return;
    }
    if (!s.playing && prev.playing) {
      // Paused or stopped: the address bar holds where, at once.
      if (timer) clearTimeout(timer);
      flush();
      return;
    }
    if (timer === null && urlFor(s) !== lastWritten) timer = setTimeout(flush, s.playing ? REPLACE_WHILE_PLAYING_MS : REPLACE_EVERY_MS);
  });
  const initial = store.getState().graph;
  if (initial) {
    restored = true;
    arrive(store.getState(), true);
  }

  const onPop = () => {
    const s = store.getState();
    if (!s.graph) return;
    const target = entryOf(host.history.state);
    if (!target || target.tielineGraph === entry?.tielineGraph) {
      restore(s.graph, false);
      return;
    }
    const kept = opened.graphOf(target);
    if (kept) {
      returning = true;
      store.getState().setGraphOrigin(target.origin);
      store.getState().setGraph(kept);
      return;
    }
    if (target.origin.kind === 'file') {
      // The file's contents went with the page's memory: say so rather than show another graph under its entry.
      store.getState().setLinkNotice([`“${target.origin.name}” was opened from a file and is no longer in memory: open it again with Open data…`]);
      restore(s.graph, false);
      return;
    }
    if (sameOrigin(target.origin, s.graphOrigin)) {
      restore(s.graph, false);
      return;
    }
    returning = true;
    void options.reopen?.(target.origin).finally(() => {
      returning = false;
    });
  };
  host.addEventListener('popstate', onPop);

  return () => {
    unsubscribe();
    stopAutoplay?.();
    if (timer) clearTimeout(timer);
    host.removeEventListener('popstate', onPop);
  };
}
