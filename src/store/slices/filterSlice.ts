/** Filters by actor kind, interaction kind and country; the mask and counts are the view engine's. */
import { NO_FILTER, type FilterState } from '../../domain/filters';
import type { EdgeKind, NodeKind } from '../../domain/vocabulary';
import type { SliceCreator } from './sliceTypes';

export interface FilterSlice {
  /** Replaced as a whole on every change, so it can key memoised masks. */
  filter: FilterState;
  toggleNodeKind(kind: NodeKind): void;
  toggleEdgeKind(kind: EdgeKind): void;
  toggleCountry(country: number): void;
  setFilter(filter: FilterState): void;
  resetFilter(): void;
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const createFilterSlice: SliceCreator<FilterSlice> = (set, get) => ({
  filter: NO_FILTER,
  toggleNodeKind: (kind) => set({ filter: { ...get().filter, hiddenNodeKinds: toggled(get().filter.hiddenNodeKinds, kind) } }),
  toggleEdgeKind: (kind) => set({ filter: { ...get().filter, hiddenEdgeKinds: toggled(get().filter.hiddenEdgeKinds, kind) } }),
  toggleCountry: (country) => set({ filter: { ...get().filter, countries: toggled(get().filter.countries, country) } }),
  setFilter: (filter) => set({ filter }),
  resetFilter: () => set({ filter: NO_FILTER }),
});
