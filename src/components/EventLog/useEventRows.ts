/**
 * The log's rows: events in the current view, or, when the log is narrowed to
 * a period or a chart bucket, every event of that period that passes the
 * filters, whatever the slider says. Filtering and sorting are domain functions.
 */
import { useMemo } from 'react';
import { filterEventRows, sortEventRows, validFor } from '../../domain/eventLog';
import { groupEvents, type EventRow } from '../../domain/events';
import { useTieline } from '../../store/StoreContext';
import { useEdgesInView, useView } from '../../store/viewSelectors';

export interface EventRows {
  rows: EventRow[];
  /** True when the rows follow a period or chart bucket instead of the slider. */
  wholePeriod: boolean;
}

export function useEventRows(): EventRows {
  const graph = useTieline((s) => s.graph);
  const logFilter = useTieline((s) => s.logFilter);
  const sort = useTieline((s) => s.logSort);
  const edgeIndices = useEdgesInView(true);
  const wholePeriod = logFilter.period !== null || logFilter.between !== null;
  const passing = useView((e) => e.edgesPassingFilters());
  const allPassing = wholePeriod ? passing : null;
  const rows = useMemo(() => {
    if (!graph) return [];
    const events = groupEvents(graph, allPassing ?? edgeIndices);
    return sortEventRows(graph, filterEventRows(graph, events, validFor(graph, logFilter)), sort);
  }, [graph, allPassing, edgeIndices, logFilter, sort]);
  return { rows, wholePeriod };
}
