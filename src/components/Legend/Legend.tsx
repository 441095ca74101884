/** Explains every shape and colour in use: actor kinds and the interaction kinds the graph has. */
import { useMemo, useState } from 'react';
import { EDGE_KINDS, EDGE_KIND_INFO, NODE_KINDS, NODE_KIND_INFO } from '../../domain/vocabulary';
import { useTieline } from '../../store/StoreContext';
import { EdgeLine, NodeShape } from './LegendShapes';
import './Legend.css';

export function Legend() {
  const graph = useTieline((s) => s.graph);
  // In an embed the entries scroll sideways: focusable, so the keyboard can scroll them too.
  const scrolls = useTieline((s) => s.embed);
  // On a phone the legend starts folded: the graph needs the room more.
  const [open, setOpen] = useState(() => typeof matchMedia !== 'function' || !matchMedia('(max-width: 720px)').matches);
  const kinds = useMemo(() => {
    const inUse = new Set(graph?.edges.map((e) => e.kind));
    return EDGE_KINDS.filter((k) => inUse.has(k));
  }, [graph]);
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
        <div className="legend__body" {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': 'Legend entries (scroll sideways)' } : {})}>
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
          <p className="legend__note">Arrow: who acted. Faded: no interaction in view.</p>
        </div>
      )}
    </section>
  );
}
