/**
 * Filters by actor kind, interaction kind and country, each choice with its
 * count of interactions in the current time view, and one Reset.
 */
import { useMemo } from 'react';
import { isFiltering } from '../../domain/filters';
import { EDGE_KINDS, EDGE_KIND_INFO, NODE_KINDS, NODE_KIND_INFO } from '../../domain/vocabulary';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { useView } from '../../store/viewSelectors';
import './FilterPanel.css';

export function FilterPanel() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const filter = useTieline((s) => s.filter);
  const counts = useView((e) => (e.graph ? e.filterCounts() : null));
  const countries = useMemo(
    () => (graph ? graph.nodes.filter((n) => n.kind === 'country').sort((a, b) => a.label.localeCompare(b.label)) : []),
    [graph],
  );
  // Kinds that never occur in this graph would be dead switches.
  const edgeKinds = useView((e) => e.kindsInGraph());
  if (!graph || !counts) return null;
  const st = store.getState();

  return (
    <div className="filters">
      <div className="filters__head">
        <p className="filters__hint">Counts are interactions in the current time view.</p>
        <button type="button" onClick={() => st.resetFilter()} disabled={!isFiltering(filter)}>
          Reset filters
        </button>
      </div>
      <fieldset>
        <legend>Actors</legend>
        {NODE_KINDS.map((k) => (
          <label key={k} className="filters__choice">
            <input type="checkbox" checked={!filter.hiddenNodeKinds.includes(k)} onChange={() => st.toggleNodeKind(k)} />
            <span className="filters__swatch" style={{ background: NODE_KIND_INFO[k].color }} aria-hidden="true" />
            <span className="filters__label">{NODE_KIND_INFO[k].plural}</span>
            <span className="filters__count">{counts.nodeKinds[k]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Interactions</legend>
        <div className="filters__bulk">
          <button type="button" onClick={() => st.setFilter({ ...filter, hiddenEdgeKinds: [] })}>
            All kinds
          </button>
          <button type="button" onClick={() => st.setFilter({ ...filter, hiddenEdgeKinds: [...EDGE_KINDS] })}>
            No kinds
          </button>
        </div>
        {edgeKinds.map((k) => (
          <label key={k} className="filters__choice">
            <input type="checkbox" checked={!filter.hiddenEdgeKinds.includes(k)} onChange={() => st.toggleEdgeKind(k)} />
            <span className="filters__swatch" style={{ background: EDGE_KIND_INFO[k].color }} aria-hidden="true" />
            <span className="filters__label">{EDGE_KIND_INFO[k].plural}</span>
            <span className="filters__count">{counts.edgeKinds[k]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Countries (with their people and institutions)</legend>
        <p className="filters__hint">None ticked shows every country.</p>
        {countries.map((c) => (
          <label key={c.id} className="filters__choice">
            <input type="checkbox" checked={filter.countries.includes(c.index)} onChange={() => st.toggleCountry(c.index)} />
            <span className="filters__label">{c.label}</span>
            <span className="filters__count">{counts.countries.get(c.index) ?? 0}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
