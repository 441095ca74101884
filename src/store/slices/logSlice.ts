/**
 * The event log's filters and sort, and the balance chart's scope, kept in
 * the store (not in the components) so a link can carry them and so the
 * chart and the search can narrow the log.
 */
import { DEFAULT_LOG_SORT, NO_LOG_FILTER, type LogFilter, type LogSort } from '../../domain/eventLog';
import type { BalanceScope } from '../../domain/balanceBuckets';
import type { SliceCreator } from './sliceTypes';

export interface LogSlice {
  /** Text, participant ("with"), period and chart scope of the log; replaced as a whole on change. */
  logFilter: LogFilter;
  logSort: LogSort;
  /** The balance chart counts contacts (meetings, visits, calls) or all interactions. */
  balanceScope: BalanceScope;
  setLogFilter(patch: Partial<LogFilter>): void;
  clearLogFilter(): void;
  setLogSort(sort: LogSort): void;
  setBalanceScope(scope: BalanceScope): void;
}

export const createLogSlice: SliceCreator<LogSlice> = (set, get) => ({
  logFilter: NO_LOG_FILTER,
  logSort: DEFAULT_LOG_SORT,
  balanceScope: 'all',
  setLogFilter: (patch) => set({ logFilter: { ...get().logFilter, ...patch } }),
  clearLogFilter: () => set({ logFilter: NO_LOG_FILTER }),
  setLogSort: (logSort) => set({ logSort }),
  setBalanceScope: (balanceScope) => set({ balanceScope }),
});
