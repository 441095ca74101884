/**
 * The one store, made by a factory so every test (and every mounted app) gets
 * a fresh one. Each slice lives in its own file under slices/. Derived data
 * (the visible set, counts) is computed by domain functions, never stored.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createGraphSlice, type GraphSlice } from './slices/graphSlice';
import { createPlaybackSlice, type PlaybackSlice } from './slices/playbackSlice';
import { createSelectionSlice, type SelectionSlice } from './slices/selectionSlice';
import { createShareSlice, type ShareSlice } from './slices/shareSlice';
import type { StoreOptions } from './slices/sliceTypes';
import { createTimeSlice, type TimeSlice } from './slices/timeSlice';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';

export type { LoadState } from './slices/graphSlice';
export { SPEEDS } from './slices/playbackSlice';
export type { Selection } from './slices/selectionSlice';
export type { StoreOptions } from './slices/sliceTypes';
export { rangeOf, type RangeChoice } from './slices/timeSlice';

export type TielineState = GraphSlice & TimeSlice & PlaybackSlice & SelectionSlice & ViewSlice & ShareSlice;
export type TielineStore = StoreApi<TielineState>;

/** Creates a fresh store. */
export function createTielineStore(options: StoreOptions = {}): TielineStore {
  return createStore<TielineState>()((set, get) => ({
    ...createGraphSlice(set, get, options),
    ...createTimeSlice(set, get, options),
    ...createPlaybackSlice(set, get, options),
    ...createSelectionSlice(set, get, options),
    ...createViewSlice(set, get, options),
    ...createShareSlice(set, get, options),
  }));
}
