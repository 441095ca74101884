/**
 * Search with suggestions (the ARIA combobox pattern), grouped: periods,
 * interactions (date as written, certainty), actors, places, each with its
 * count. Choosing an actor selects and centres it; an interaction selects it
 * and moves the slider to its date; a period or place lists its events in the
 * event log. A miss says so and offers the nearest matches. `/` focuses the box.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { NO_LOG_FILTER } from '../../domain/eventLog';
import { searchGraph } from '../../domain/search';
import type { ViewEngine } from '../../domain/viewEngine';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { optionGroups, type SearchOption } from './searchOptions';
import { SearchOptionView } from './SearchOptionView';
import './SearchBox.css';

export const SEARCH_INPUT_ID = 'tieline-search';

/** Keeps the list inside the window: as wide as fits, shifted left if it would overflow, no taller than the space below. */
function useListPlacement(open: boolean, input: RefObject<HTMLInputElement | null>): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    if (!open || !input.current) return;
    const place = () => {
      const r = input.current!.getBoundingClientRect();
      const vw = document.documentElement.clientWidth || window.innerWidth;
      const width = Math.min(Math.max(r.width, 420), vw - 16);
      const left = Math.max(8, Math.min(r.left, vw - 8 - width)) - r.left;
      const maxHeight = Math.max(160, window.innerHeight - r.bottom - 16);
      setStyle({ left, width, maxWidth: 'none', maxHeight });
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open, input]);
  return style;
}

/**
 * Builds the search index when the browser is idle after the graph is drawn, in chunks, so the first
 * keystroke on a large graph does not wait for it. Not before: under load an idle callback fires between
 * the file's arrival and the first paint, and the index then delays the first drawn graph.
 */
function usePrebuiltIndex(engine: ViewEngine, graph: unknown, drawn: boolean) {
  useEffect(() => {
    if (!graph || !drawn || typeof window.requestIdleCallback !== 'function') return;
    let stopped = false;
    // One idle callback per chunk: on a large graph the whole index is a second of work.
    const idle = () => new Promise<void>((resolve) => window.requestIdleCallback(() => resolve(), { timeout: 5000 }));
    // Once unmounted, the next pause never ends: the half-built index is dropped.
    const pause = () => (stopped ? new Promise<void>(() => {}) : idle());
    void pause().then(() => engine.prepareSearchIndex(pause));
    return () => {
      stopped = true;
    };
  }, [engine, graph, drawn]);
}

export function SearchBox() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const engine = useTieline((s) => s.engine);
  const drawn = useTieline((s) => s.graph !== null && s.drawnGraph === s.graph);
  usePrebuiltIndex(engine, graph, drawn);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const results = useMemo(() => {
    const index = graph && query.trim() ? engine.searchIndex() : null;
    return index ? searchGraph(index, query) : null;
  }, [graph, engine, query]);
  const groups = useMemo(() => (results ? optionGroups(results) : []), [results]);
  const flat = groups.flatMap((g) => g.options);
  const miss = results !== null && results.counts.actors + results.counts.interactions + results.counts.places === 0 && !results.period;
  const expanded = open && results !== null && (flat.length > 0 || miss);
  const placement = useListPlacement(expanded, input);
  if (!graph) return null;
  const optionId = (k: number) => `${listId}-opt-${k}`;

  const choose = (o: SearchOption) => {
    const s = store.getState();
    if (o.type === 'nearest') {
      setQuery(o.query);
      setActive(0);
      return;
    }
    if (o.type === 'actor') {
      s.select({ kind: 'node', id: graph.nodes[o.index]!.id });
      s.requestCenter(o.index);
    } else if (o.type === 'interaction') {
      const e = graph.edges[o.index]!;
      s.setDay(e.first);
      s.select({ kind: 'edge', id: e.id });
    } else {
      // A place lists its events at all dates, whatever the slider; a period lists the period.
      const period = o.type === 'place' ? { first: graph.extent.first, last: graph.extent.last, label: 'all dates' } : { first: o.first, last: o.last, label: o.label };
      s.setLogFilter({ ...NO_LOG_FILTER, text: o.type === 'place' ? o.place : '', period });
      s.setPanel('log');
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
      if (flat.length === 0) return;
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + flat.length) % flat.length);
    } else if (ev.key === 'Enter') {
      const o = flat[active];
      if (expanded && o) {
        ev.preventDefault();
        choose(o);
      }
    } else if (ev.key === 'Escape') {
      // Stop here: Escape also clears the selection elsewhere, which would surprise.
      ev.stopPropagation();
      ev.nativeEvent.stopImmediatePropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  let k = -1;
  return (
    <div className="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search actors, interactions, places and dates
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search (press /)"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && flat.length > 0 ? optionId(Math.min(active, flat.length - 1)) : undefined}
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
      <div className="search__list" hidden={!expanded} style={placement}>
        {expanded && miss && (
          <p className="search__miss" role="status">
            No match for “{query.trim()}”.{flat.length > 0 ? ' Nearest matches:' : ' Try fewer or other words, a name, a place or a date such as “March 2022”.'}
          </p>
        )}
        <ul id={listId} role="listbox" aria-label="Suggestions">
          {expanded &&
            groups.map((g) => (
              <li key={g.name} role="presentation">
                <ul role="group" aria-label={`${g.name} (${g.total})`} className="search__group">
                  <li role="presentation" className="search__group-name" aria-hidden="true">
                    {g.name} <span className="search__count">{g.options.length < g.total ? `${g.options.length} of ${g.total}` : g.total}</span>
                  </li>
                  {g.options.map((o) => {
                    const n = ++k;
                    return (
                      <li
                        key={n}
                        id={optionId(n)}
                        role="option"
                        aria-selected={n === active}
                        className="search__option"
                        // mousedown, not click: the input's blur would close the list first.
                        onMouseDown={(ev) => {
                          ev.preventDefault();
                          choose(o);
                        }}
                        onMouseMove={() => setActive(n)}
                      >
                        <SearchOptionView graph={graph} option={o} />
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
