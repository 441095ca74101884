/** Explains every shape and colour in use, as the renderer on screen draws them (legendEntries.ts). */
import { useMemo, useState } from 'react';
import { EDGE_KIND_INFO, NODE_KIND_INFO } from '../../domain/vocabulary';
import { useTieline } from '../../store/StoreContext';
import { drawnLineCount, MAX_PICKABLE_EDGES, rendererFor } from '../../domain/drawingScale';
import { EdgeLine, LookLine, NodeShape } from './LegendShapes';
import { LINE_LOOK_INFO } from '../../domain/lineLooks';
import { legendEntries, type LegendVariant } from './legendEntries';
import './Legend.css';

export function Legend() {
  const graph = useTieline((s) => s.graph);
  // On a phone and in an embed the legend starts folded behind its button: the graph needs the room more.
  const embed = useTieline((s) => s.embed);
  const [open, setOpen] = useState(() => !embed && (typeof matchMedia !== 'function' || !matchMedia('(max-width: 720px)').matches));
  const mode = useTieline((s) => s.mode);
  const merged = useTieline((s) => s.aggregateEdges);
  // Pairs with very many interactions are drawn merged whatever the switch says.
  const heavy = useTieline((s) => s.graph !== null && s.engine.heavyPairs().list.length > 0);
  // The renderer follows the graph's size (domain/drawingScale.ts): a large graph is drawn by sigma, otherwise.
  const variant: LegendVariant = !graph || rendererFor(graph) === 'cytoscape' ? 'cytoscape' : drawnLineCount(graph) > MAX_PICKABLE_EDGES ? 'sigma-dense' : 'sigma';
  const entries = useMemo(() => graph && legendEntries(graph, { variant, window: mode === 'window', merged, heavy }), [graph, variant, mode, merged, heavy]);
  if (!graph || !entries) return null;
  return (
    <section className={open ? 'legend' : 'legend legend--closed'} aria-label="Legend" data-variant={variant}>
      <button type="button" className="legend__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend
      </button>
      {open && (
        // Focusable: where the legend scrolls (an embed, past a third of its height), a keyboard can scroll it too.
        <div className="legend__body" tabIndex={0} role="group" aria-label="Legend entries">
          <ul className="legend__list">
            {entries.nodeKinds.map((k) => (
              <li key={k}>
                <NodeShape kind={k} circle={entries.circles} /> {NODE_KIND_INFO[k].label}
              </li>
            ))}
          </ul>
          <ul className="legend__list legend__list--edges">
            {entries.kinds.map((k) => (
              <li key={k} title={EDGE_KIND_INFO[k].description}>
                <EdgeLine kind={k} solid={entries.solidKinds} arrow={entries.arrows} /> {EDGE_KIND_INFO[k].label}
              </li>
            ))}
          </ul>
          {entries.looks.length > 0 && (
            <ul className="legend__list legend__list--looks" aria-label="Line styles">
              {entries.looks.map((l) => (
                <li key={l} title={LINE_LOOK_INFO[l].description}>
                  <LookLine look={l} /> {LINE_LOOK_INFO[l].label}
                </li>
              ))}
            </ul>
          )}
          <p className="legend__note">{entries.note}</p>
        </div>
      )}
    </section>
  );
}
