/** The log's own questions: words to look for, a participant, and the period or chart bucket it is narrowed to. */
import { useMemo } from 'react';
import { validFor } from '../../domain/eventLog';
import { useTieline, useTielineStore } from '../../store/StoreContext';

export function EventLogFilters() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph)!;
  const logFilter = validFor(graph, useTieline((s) => s.logFilter));
  const actors = useMemo(
    () => [...graph.nodes].sort((a, b) => (a.kind === 'country' ? 0 : 1) - (b.kind === 'country' ? 0 : 1) || a.label.localeCompare(b.label)),
    [graph],
  );
  const set = store.getState().setLogFilter;
  const b = logFilter.between;
  return (
    <div className="event-log__filters">
      <label>
        Filter rows{' '}
        <input type="search" value={logFilter.text} placeholder="words, names, places, dates" onChange={(e) => set({ text: e.target.value })} />
      </label>
      <label>
        With{' '}
        <select value={logFilter.with ?? ''} onChange={(e) => set({ with: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">anyone</option>
          {actors.map((n) => (
            <option key={n.id} value={n.index}>
              {n.label}
            </option>
          ))}
        </select>
      </label>
      {logFilter.period && (
        <span className="event-log__chip">
          {logFilter.period.label}
          <button type="button" aria-label={`Stop narrowing to ${logFilter.period.label}`} onClick={() => set({ period: null })}>
            ×
          </button>
        </span>
      )}
      {b && (
        <span className="event-log__chip">
          {graph.nodes[b.actor]!.label} with {b.counterparts.map((c) => graph.nodes[c]!.label).join(' or ')}
          {b.scope === 'contacts' ? ', contacts only' : ''}
          <button type="button" aria-label="Stop narrowing to the chart’s choice" onClick={() => set({ between: null })}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
