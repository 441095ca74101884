/**
 * Keeps the address bar and the store in step. On open (once the graph is
 * loaded) the link's view is restored, and whatever could not be used is
 * put in `linkNotice`. Afterwards moving around replaces the URL, throttled,
 * so replay and dragging never flood the history; deliberate steps (a new
 * selection) push an entry, and Back returns to the previous one.
 */
import type { TielineGraph } from '../domain/model';
import { rangeOf, SPEEDS, type TielineState, type TielineStore } from '../store/createTielineStore';
import { decodeViewState, writeViewState, type DecodeContext, type DecodedViewState, type ViewState } from './viewStateCodec';

export interface UrlHost {
  location: { search: string; hash: string; pathname: string };
  history: Pick<History, 'replaceState' | 'pushState'>;
  addEventListener(type: 'popstate', cb: () => void): void;
  removeEventListener(type: 'popstate', cb: () => void): void;
}

const REPLACE_EVERY_MS = 250;

/** The view state as the store holds it now. */
export function viewStateOf(s: TielineState): ViewState {
  return {
    day: s.day,
    mode: s.mode,
    window: s.window,
    speed: s.speed,
    loop: s.loop,
    hideIdle: s.hideIdle,
    ghostOut: s.ghostOut,
    selection: s.selection,
    camera: s.camera,
    filter: {
      hiddenNodeKinds: s.filter.hiddenNodeKinds,
      hiddenEdgeKinds: s.filter.hiddenEdgeKinds,
      countryIds: s.graph ? s.filter.countries.map((i) => s.graph!.nodes[i]!.id) : [],
    },
    rangeChoice: s.rangeChoice,
  };
}

export function decodeContextOf(graph: TielineGraph): DecodeContext {
  return {
    nodeIds: new Set(graph.nodeIndex.keys()),
    countryIds: new Set(graph.nodes.filter((n) => n.kind === 'country').map((n) => n.id)),
    edgeIds: new Set(graph.edgeIndex.keys()),
    rangeOf: (choice) => rangeOf(graph, choice),
    speeds: SPEEDS.map((s) => s.daysPerSecond),
  };
}

/** Puts a decoded view into the store; parts the link did not mention go back to their defaults. */
export function applyViewState(store: TielineStore, decoded: DecodedViewState): void {
  const s = store.getState();
  const v = decoded.state;
  const range = rangeOf(s.graph, v.rangeChoice ?? 'default');
  s.setRangeChoice(v.rangeChoice ?? 'default');
  s.setMode(v.mode ?? 'cumulative');
  if (v.window) s.setWindow(v.window);
  if (v.speed !== undefined) s.setSpeed(v.speed);
  s.setLoop(v.loop ?? false);
  s.setHideIdle(v.hideIdle ?? false);
  s.setGhostOut(v.ghostOut ?? false);
  s.setDay(v.day ?? range.last);
  const f = v.filter;
  s.setFilter({
    hiddenNodeKinds: f?.hiddenNodeKinds ?? [],
    hiddenEdgeKinds: f?.hiddenEdgeKinds ?? [],
    countries: (f?.countryIds ?? []).flatMap((id) => {
      const i = s.graph?.nodeIndex.get(id);
      return i === undefined ? [] : [i];
    }),
  });
  s.select(v.selection ?? null);
  if (v.camera) s.requestCamera(v.camera);
}

function startAutoplay(store: TielineStore, request: NonNullable<DecodedViewState['open']['autoplay']>): () => void {
  const s = store.getState();
  const range = rangeOf(s.graph, s.rangeChoice);
  const from = request.from ?? range.first;
  const to = request.to ?? range.last;
  if (from < range.first || to > range.last) s.setRangeChoice('all');
  s.setDay(from);
  s.setPlaying(true);
  // Stop at the end of the requested range (the loop itself stops only at the slider's end).
  return store.subscribe((now, prev) => {
    if (now.playing && now.day >= to && prev.day < to) {
      now.setPlaying(false);
      now.setDay(to);
    }
  });
}

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
