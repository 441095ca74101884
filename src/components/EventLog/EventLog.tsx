/**
 * The event log: every interaction in the current view and filters, as a
 * table, the accessible twin of the picture. Sortable by column; selecting a
 * row selects the interaction in the graph and the reverse. Only a window of
 * rows is rendered, so a 50,000-interaction import stays cheap.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDay } from '../../domain/dates';
import type { TielineGraph } from '../../domain/model';
import { EDGE_KIND_INFO } from '../../domain/vocabulary';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { useEdgesInView, viewDay } from '../../store/viewSelectors';
import { edgeDateText, edgePartiesText, safeHref } from '../../domain/describeEdge';
import { sortEvents, type SortKey, type SortState } from './sortEvents';
import './EventLog.css';

/** Rows rendered at once; "Show more" extends the window. */
export const ROW_WINDOW = 150;

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'kind', label: 'Kind' },
  { key: 'parties', label: 'Parties' },
  { key: 'summary', label: 'Summary' },
  { key: null, label: 'Sources' },
];

function Sources({ graph, ids }: { graph: TielineGraph; ids: string[] }) {
  return (
    <>
      {ids.map((id, k) => {
        const s = graph.sources[graph.sourceIndex.get(id) ?? -1];
        const href = safeHref(s?.url);
        const name = s?.publisher ?? id;
        return (
          <span key={id}>
            {k > 0 && ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={s?.title}>
                {name}
              </a>
            ) : (
              <span title={s?.title}>{name}</span>
            )}
          </span>
        );
      })}
    </>
  );
}

export function EventLog() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const selection = useTieline((s) => s.selection);
  const day = useTieline((s) => viewDay(s, true));
  const edgeIndices = useEdgesInView(true);
  const [sort, setSort] = useState<SortState>({ key: 'date', dir: 'descending' });
  const [limit, setLimit] = useState(ROW_WINDOW);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const rows = useMemo(() => (graph ? sortEvents(graph, edgeIndices, sort) : []), [graph, edgeIndices, sort]);
  const selectedEdge = selection?.kind === 'edge' && graph ? (graph.edgeIndex.get(selection.id) ?? -1) : -1;
  const selectedAt = selectedEdge >= 0 ? rows.indexOf(selectedEdge) : -1;
  // Selecting an interaction beyond the window brings it in.
  const shown = Math.max(limit, selectedAt + 1);

  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedEdge]);

  if (!graph) return null;
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : s.key === key ? 'ascending' : key === 'date' ? 'descending' : 'ascending' }));
  const select = (i: number) => store.getState().select({ kind: 'edge', id: graph.edges[i]!.id });
  const current = COLUMNS.find((c) => c.key === sort.key)!.label.toLowerCase();

  return (
    <div className="event-log">
      <div className="event-log__scroll">
        <table>
          <caption>
            {rows.length} interaction{rows.length === 1 ? '' : 's'} in view up to {formatDay(day)}, sorted by {current} ({sort.dir})
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" aria-sort={c.key && sort.key === c.key ? sort.dir : undefined}>
                  {c.key ? (
                    <button type="button" onClick={() => sortBy(c.key!)}>
                      {c.label}
                      <span aria-hidden="true" className="event-log__arrow">
                        {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((i) => {
              const e = graph.edges[i]!;
              const info = EDGE_KIND_INFO[e.kind];
              const isSel = i === selectedEdge;
              return (
                <tr
                  key={i}
                  ref={isSel ? selectedRow : undefined}
                  className={isSel ? 'is-selected' : undefined}
                  aria-current={isSel ? 'true' : undefined}
                  onClick={(ev) => {
                    if (!(ev.target as HTMLElement).closest('a, button')) select(i);
                  }}
                >
                  <td className="event-log__date">{edgeDateText(e)}</td>
                  <td>
                    <span className="swatch" style={{ background: info.color }} aria-hidden="true" /> {info.label}
                  </td>
                  <td>
                    <button type="button" className="event-log__select" onClick={() => select(i)} aria-pressed={isSel}>
                      {edgePartiesText(graph, e)}
                    </button>
                  </td>
                  <td>{e.summary}</td>
                  <td className="event-log__sources">
                    <Sources graph={graph} ids={e.sources} />
                  </td>
                </tr>
              );
            })}
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
      {rows.length === 0 && <p>No interactions in view: move the slider or loosen the filters.</p>}
    </div>
  );
}
