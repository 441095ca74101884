/** Explains every shape and colour in use: actor kinds and the interaction kinds the graph has. */
import { useMemo, useState } from 'react';
import { EDGE_KINDS, EDGE_KIND_INFO, NODE_KINDS, NODE_KIND_INFO, isAffiliation } from '../../domain/vocabulary';
import { useTieline } from '../../store/StoreContext';
import { EdgeLine, LookLine, NodeShape } from './LegendShapes';
import { MAX_PARALLEL_EDGES } from '../../domain/pairs';
import { LINE_LOOKS, LINE_LOOK_INFO, looksOf, type LineLook } from '../../domain/lineLooks';
import './Legend.css';

export function Legend() {
  const graph = useTieline((s) => s.graph);
  // On a phone and in an embed the legend starts folded behind its button: the graph needs the room more.
  const embed = useTieline((s) => s.embed);
  const [open, setOpen] = useState(() => !embed && (typeof matchMedia !== 'function' || !matchMedia('(max-width: 720px)').matches));
  const kinds = useMemo(() => {
    const inUse = new Set(graph?.edges.map((e) => e.kind));
    // Affiliations are drawn in one look of their own (listed under line styles), not in their kinds' colours.
    return EDGE_KINDS.filter((k) => inUse.has(k) && !isAffiliation(k));
  }, [graph]);
  const mode = useTieline((s) => s.mode);
  const merged = useTieline((s) => s.aggregateEdges);
  // Pairs with very many interactions are drawn merged whatever the switch says.
  const heavy = useTieline((s) => s.graph !== null && s.engine.heavyPairs().list.length > 0);
  const looks = useMemo(() => {
    const inUse = new Set<LineLook>(graph?.edges.flatMap((e) => looksOf(e)));
    // Only a window can leave a month- or year-dated tie half inside it.
    if (mode === 'window') inUse.add('possible');
    return LINE_LOOKS.filter((l) => inUse.has(l));
  }, [graph, mode]);
  const nodeKinds = useMemo(() => {
    const inUse = new Set(graph?.nodes.map((n) => n.kind));
    return NODE_KINDS.filter((k) => inUse.has(k));
  }, [graph]);
  if (!graph) return null;
  return (
    <section className={open ? 'legend' : 'legend legend--closed'} aria-label="Legend">
      <button type="button" className="legend__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend
      </button>
      {open && (
        // Focusable: where the legend scrolls (an embed, past a third of its height), a keyboard can scroll it too.
        <div className="legend__body" tabIndex={0} role="group" aria-label="Legend entries">
          <ul className="legend__list">
            {nodeKinds.map((k) => (
              <li key={k}>
                <NodeShape kind={k} /> {NODE_KIND_INFO[k].label}
              </li>
            ))}
          </ul>
          <ul className="legend__list legend__list--edges">
            {kinds.map((k) => (
              <li key={k} title={EDGE_KIND_INFO[k].description}>
                <EdgeLine kind={k} /> {EDGE_KIND_INFO[k].label}
              </li>
            ))}
          </ul>
          {looks.length > 0 && (
            <ul className="legend__list legend__list--looks" aria-label="Line styles">
              {looks.map((l) => (
                <li key={l} title={LINE_LOOK_INFO[l].description}>
                  <LookLine look={l} /> {LINE_LOOK_INFO[l].label}
                </li>
              ))}
            </ul>
          )}
          <p className="legend__note">
            Countries in capitals. Arrow: who acted. Faded: no interaction in view.{' '}
            {merged
              ? 'Merged: one line per pair, its width and number the count; in its kind’s colour, grey where kinds mix.'
              : `Several ties between one pair are drawn side by side${
                  heavy ? `; more than ${MAX_PARALLEL_EDGES} as one line, its width and number the count` : ''
                }.`}
          </p>
        </div>
      )}
    </section>
  );
}
