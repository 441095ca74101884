/**
 * The one store, made by a factory so every test (and every mounted app) gets
 * a fresh one. Each slice lives in its own file under slices/. What is in
 * view (the visible set, looks, counts, paths) is the store's view engine
 * (src/domain/viewEngine.ts): the factory makes one per store and feeds it
 * every state change before any other subscriber runs, so the graph view and
 * every component read the same figures for the same state.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createFilterSlice, type FilterSlice } from './slices/filterSlice';
import { createFocusSlice, type FocusSlice } from './slices/focusSlice';
import { createGraphSlice, type GraphSlice } from './slices/graphSlice';
import { createImportSlice, type ImportSlice } from './slices/importSlice';
import { createLogSlice, type LogSlice } from './slices/logSlice';
import { createOriginSlice, type OriginSlice } from './slices/originSlice';
import { createPanelSlice, type PanelSlice } from './slices/panelSlice';
import { createPlaybackSlice, type PlaybackSlice } from './slices/playbackSlice';
import { createSelectionSlice, type SelectionSlice } from './slices/selectionSlice';
import { createShareSlice, type ShareSlice } from './slices/shareSlice';
import type { StoreOptions } from './slices/sliceTypes';
import { createTimeSlice, type TimeSlice } from './slices/timeSlice';
import { ViewEngine, type ViewInput } from '../domain/viewEngine';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';

export type { LoadState } from './slices/graphSlice';
export type { ImportStep } from './slices/importSlice';
export { SPEEDS } from './slices/playbackSlice';
export type { Selection } from './slices/selectionSlice';
export type { StoreOptions } from './slices/sliceTypes';
export { rangeOf, type RangeChoice } from './slices/timeSlice';

export type TielineState = GraphSlice &
  TimeSlice &
  PlaybackSlice &
  SelectionSlice &
  ViewSlice &
  ImportSlice &
  FilterSlice &
  FocusSlice &
  PanelSlice &
  ShareSlice &
  LogSlice &
  OriginSlice & {
    /** What is in view, kept up to date by the store itself (read it, never write it). */
    readonly engine: ViewEngine;
  };
export type { PanelName } from './slices/panelSlice';
export type { GraphOrigin } from './slices/originSlice';
export type TielineStore = StoreApi<TielineState>;

/** Creates a fresh store. */
export function createTielineStore(options: StoreOptions = {}): TielineStore {
  const engine = new ViewEngine();
  const store = createStore<TielineState>()((set, get) => ({
    engine,
    ...createGraphSlice(set, get, options),
    ...createTimeSlice(set, get, options),
    ...createPlaybackSlice(set, get, options),
    ...createSelectionSlice(set, get, options),
    ...createViewSlice(set, get, options),
    ...createImportSlice(set, get, options),
    ...createFilterSlice(set, get, options),
    ...createFocusSlice(set, get, options),
    ...createPanelSlice(set, get, options),
    ...createShareSlice(set, get, options),
    ...createLogSlice(set, get, options),
    ...createOriginSlice(set, get, options),
  }));
  // The first subscriber: the engine has followed a change before anyone else hears of it.
  store.subscribe((s) => engine.update(viewInputOf(s)));
  engine.update(viewInputOf(store.getState()));
  return store;
}

/** The part of the state the view engine follows. */
export function viewInputOf(s: TielineState): ViewInput {
  return {
    graph: s.graph,
    timeIndex: s.timeIndex,
    day: s.day,
    mode: s.mode,
    window: s.window,
    filter: s.filter,
    selection: s.selection,
    focus: s.focus,
    pathQuery: s.pathQuery,
    replaySpeed: s.playing || s.recording ? s.speed : null,
  };
}
