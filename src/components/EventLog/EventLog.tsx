/**
 * The event log: one row per event (all its participants listed) in the
 * current view and filters, or in the period or chart bucket it is narrowed
 * to; a text filter, a participant filter, place and status columns. Sort and
 * filters live in the store (logSlice) so links can carry them. Selecting a
 * row selects the event's first line in the graph, and the reverse. Only a
 * window of rows is rendered, so a 50,000-interaction import stays cheap.
 */
import { useEffect, useRef, useState } from 'react';
import { formatDay } from '../../domain/dates';
import type { LogSortKey } from '../../domain/eventLog';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { viewDay } from '../../store/viewSelectors';
import { EventLogFilters } from './EventLogFilters';
import { EventLogRow } from './EventLogRow';
import { useEventRows } from './useEventRows';
import './EventLog.css';

/** Rows rendered at once; "Show more" extends the window. */
export const ROW_WINDOW = 150;

const COLUMNS: { key: LogSortKey; label: string }[] = [
  // Status beside the date, so a disputed or planned mark is never scrolled out of sight on a phone.
  { key: 'date', label: 'Date' },
  { key: 'status', label: 'Status' },
  { key: 'kind', label: 'Kind' },
  { key: 'parties', label: 'Participants' },
  { key: 'place', label: 'Place' },
  { key: 'summary', label: 'Summary and sources' },
];

export function EventLog() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const selection = useTieline((s) => s.selection);
  const day = useTieline((s) => viewDay(s, true));
  const sort = useTieline((s) => s.logSort);
  const period = useTieline((s) => s.logFilter.period);
  const { rows, wholePeriod } = useEventRows();
  const [limit, setLimit] = useState(ROW_WINDOW);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const selectedEdge = selection?.kind === 'edge' && graph ? (graph.edgeIndex.get(selection.id) ?? -1) : -1;
  const selectedAt = selectedEdge >= 0 ? rows.findIndex((r) => r.edges.includes(selectedEdge)) : -1;
  // Selecting an interaction beyond the window brings it in.
  const shown = Math.max(limit, selectedAt + 1);

  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedEdge]);

  if (!graph) return null;
  const sortBy = (key: LogSortKey) =>
    store.getState().setLogSort({
      key,
      dir: sort.key === key ? (sort.dir === 'ascending' ? 'descending' : 'ascending') : key === 'date' ? 'descending' : 'ascending',
    });
  const select = (i: number) => store.getState().select({ kind: 'edge', id: graph.edges[i]!.id });
  const current = COLUMNS.find((c) => c.key === sort.key)!.label.toLowerCase().replace(' and sources', '');
  const where = wholePeriod ? (period ? `in ${period.label} (whole period, whatever the slider)` : 'in the whole range') : `in view up to ${formatDay(day)}`;

  return (
    <div className="event-log">
      <EventLogFilters />
      <div className="event-log__scroll">
        <table>
          <caption>
            {rows.length} event{rows.length === 1 ? '' : 's'} {where}, sorted by {current} ({sort.dir})
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" aria-sort={sort.key === c.key ? sort.dir : undefined}>
                  <button type="button" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true" className="event-log__arrow">
                      {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row, k) => (
              <EventLogRow key={row.event} graph={graph} row={row} selected={k === selectedAt} rowRef={k === selectedAt ? selectedRow : undefined} onSelect={select} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown && (
        <p className="event-log__more">
          Showing {shown} of {rows.length}.{' '}
          <button type="button" onClick={() => setLimit(shown + ROW_WINDOW)}>
            Show {Math.min(ROW_WINDOW, rows.length - shown)} more
          </button>
        </p>
      )}
      {rows.length === 0 && <p role="status">No events match: move the slider, loosen the filters or clear the words.</p>}
    </div>
  );
}
