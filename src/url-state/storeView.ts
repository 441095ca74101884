/** The store's state as a link's ViewState (actors by id), and a decoded link put back into the store. */
import type { TielineGraph } from '../domain/model';
import { rangeOf, SPEEDS, type TielineState, type TielineStore } from '../store/createTielineStore';
import { DEFAULT_LOG_SORT } from '../domain/eventLog';
import type { DecodeContext, DecodedViewState, ViewState } from './viewStateTypes';

/** The view state as the store holds it now. */
export function viewStateOf(s: TielineState): ViewState {
  const idOf = (i: number) => s.graph?.nodes[i]?.id ?? '';
  return {
    day: s.day,
    mode: s.mode,
    window: s.window,
    speed: s.speed,
    loop: s.loop,
    hideIdle: s.hideIdle,
    ghostOut: s.ghostOut,
    aggregateEdges: s.aggregateEdges,
    sizeByActivity: s.sizeByActivity,
    selection: s.selection,
    focus: s.focus && s.graph ? { id: idOf(s.focus.node), depth: s.focus.depth } : null,
    path: s.pathQuery && s.graph ? { from: idOf(s.pathQuery.from), to: idOf(s.pathQuery.to) } : null,
    camera: s.camera,
    filter: {
      hiddenNodeKinds: s.filter.hiddenNodeKinds,
      hiddenEdgeKinds: s.filter.hiddenEdgeKinds,
      countryIds: s.graph ? s.filter.countries.map(idOf) : [],
    },
    rangeChoice: s.rangeChoice,
    panel: s.panel,
    logSort: s.logSort,
    logText: s.logFilter.text,
    logWith: s.logFilter.with === null ? null : idOf(s.logFilter.with),
    balanceScope: s.balanceScope,
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
  const indexOf = (id: string) => s.graph?.nodeIndex.get(id);
  const range = rangeOf(s.graph, v.rangeChoice ?? 'default');
  s.setRangeChoice(v.rangeChoice ?? 'default');
  s.setMode(v.mode ?? 'cumulative');
  if (v.window) s.setWindow(v.window);
  if (v.speed !== undefined) s.setSpeed(v.speed);
  s.setLoop(v.loop ?? false);
  s.setHideIdle(v.hideIdle ?? false);
  s.setGhostOut(v.ghostOut ?? false);
  s.setAggregateEdges(v.aggregateEdges ?? false);
  s.setSizeByActivity(v.sizeByActivity ?? false);
  s.setDay(v.day ?? range.last);
  const f = v.filter;
  s.setFilter({
    hiddenNodeKinds: f?.hiddenNodeKinds ?? [],
    hiddenEdgeKinds: f?.hiddenEdgeKinds ?? [],
    countries: (f?.countryIds ?? []).flatMap((id) => {
      const i = indexOf(id);
      return i === undefined ? [] : [i];
    }),
  });
  s.select(v.selection ?? null);
  const focusNode = v.focus ? indexOf(v.focus.id) : undefined;
  s.setFocus(v.focus && focusNode !== undefined ? { node: focusNode, depth: v.focus.depth } : null);
  const from = v.path ? indexOf(v.path.from) : undefined;
  const to = v.path ? indexOf(v.path.to) : undefined;
  s.setPathQuery(from !== undefined && to !== undefined ? { from, to } : null);
  // The panels are the full app's: an embed opens none.
  s.setPanel(s.embed ? null : (v.panel ?? null));
  s.setLogSort(v.logSort ?? DEFAULT_LOG_SORT);
  const withNode = v.logWith ? indexOf(v.logWith) : undefined;
  s.setLogFilter({ text: v.logText ?? '', with: withNode ?? null });
  s.setBalanceScope(v.balanceScope ?? 'all');
  if (v.camera) s.requestCamera(v.camera);
}
