/** How the event log is sorted: in the store so a link can carry it. */
import type { SliceCreator } from './sliceTypes';

export const LOG_SORT_KEYS = ['date', 'kind', 'parties', 'summary'] as const;
export type LogSortKey = (typeof LOG_SORT_KEYS)[number];
export interface LogSort {
  key: LogSortKey;
  dir: 'ascending' | 'descending';
}
/** Newest first. */
export const DEFAULT_LOG_SORT: LogSort = { key: 'date', dir: 'descending' };

export interface LogSortSlice {
  logSort: LogSort;
  setLogSort(sort: LogSort): void;
}

export const createLogSortSlice: SliceCreator<LogSortSlice> = (set) => ({
  logSort: DEFAULT_LOG_SORT,
  setLogSort: (logSort) => set({ logSort }),
});
