/** The shape every slice creator shares, so slices compose into one store. */
import type { StoreApi } from 'zustand/vanilla';
import type { TielineState } from '../createTielineStore';

export interface StoreOptions {
  /** Start in the given state (tests, and links that reopen a moment). */
  initial?: Partial<Pick<TielineState, 'day' | 'mode' | 'window' | 'speed' | 'loop' | 'hideIdle' | 'ghostOut' | 'rangeChoice'>>;
}

export type SliceCreator<T> = (
  set: StoreApi<TielineState>['setState'],
  get: StoreApi<TielineState>['getState'],
  options: StoreOptions,
) => T;
