/**
 * Search with suggestions (the ARIA combobox pattern): names, aliases, roles
 * and interaction summaries, with or without diacritics. Choosing an actor
 * selects and centres it; choosing an interaction selects it and moves the
 * slider to its date. `/` focuses the box (see useShortcuts).
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { formatFuzzy } from '../../domain/dates';
import type { TielineGraph } from '../../domain/model';
import { searchGraph, type SearchHit } from '../../domain/search';
import { EDGE_KIND_INFO, NODE_KIND_INFO } from '../../domain/vocabulary';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { edgePartiesText } from '../../domain/describeEdge';
import './SearchBox.css';

export const SEARCH_INPUT_ID = 'tieline-search';

export function SearchBox() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const engine = useTieline((s) => s.engine);
  const hits = useMemo(() => {
    const index = graph && query.trim() ? engine.searchIndex() : null;
    return index ? searchGraph(index, query, 10) : [];
  }, [graph, engine, query]);
  if (!graph) return null;
  const expanded = open && hits.length > 0;
  const optionId = (k: number) => `${listId}-opt-${k}`;

  const choose = (hit: SearchHit) => {
    const s = store.getState();
    if (hit.kind === 'node') {
      s.select({ kind: 'node', id: graph.nodes[hit.index]!.id });
      s.requestCenter(hit.index);
    } else {
      const e = graph.edges[hit.index]!;
      s.setDay(e.first);
      s.select({ kind: 'edge', id: e.id });
    }
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + hits.length) % hits.length);
    } else if (ev.key === 'Enter') {
      const hit = hits[active];
      if (expanded && hit) {
        ev.preventDefault();
        choose(hit);
      }
    } else if (ev.key === 'Escape') {
      // Stop here: Escape also clears the selection elsewhere, which would surprise.
      ev.stopPropagation();
      ev.nativeEvent.stopImmediatePropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search actors and interactions
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search (press /)"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => query && setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search__list" hidden={!expanded}>
        {expanded &&
          hits.map((hit, k) => (
            <li
              key={`${hit.kind}${hit.index}`}
              id={optionId(k)}
              role="option"
              aria-selected={k === active}
              className="search__option"
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(ev) => {
                ev.preventDefault();
                choose(hit);
              }}
              onMouseMove={() => setActive(k)}
            >
              {hit.kind === 'node' ? <NodeOption graph={graph} hit={hit} /> : <EdgeOption graph={graph} hit={hit} />}
            </li>
          ))}
      </ul>
    </div>
  );
}

function NodeOption({ graph, hit }: { graph: TielineGraph; hit: SearchHit }) {
  const n = graph.nodes[hit.index]!;
  const extra = hit.matched !== n.label ? hit.matched : n.role;
  return (
    <>
      <span className="search__title">{n.label}</span>
      <span className="search__meta">
        {NODE_KIND_INFO[n.kind].label}
        {extra ? ` · ${extra}` : ''}
      </span>
    </>
  );
}

function EdgeOption({ graph, hit }: { graph: TielineGraph; hit: SearchHit }) {
  const e = graph.edges[hit.index]!;
  return (
    <>
      <span className="search__title">{e.summary}</span>
      <span className="search__meta">
        {EDGE_KIND_INFO[e.kind].label} · {formatFuzzy(e.date)} · {edgePartiesText(graph, e)}
      </span>
    </>
  );
}
