/**
 * Details of the selected actor or interaction. An actor's interactions in
 * the current view are listed newest first; each date jumps the slider.
 */
import { useMemo } from 'react';
import type { Interaction } from '../../domain/model';
import { plural } from '../../domain/plural';
import { useView } from '../../store/viewSelectors';
import { EDGE_KIND_INFO, NODE_KIND_INFO } from '../../domain/vocabulary';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { edgeDateText, edgePartiesText } from '../../domain/describeEdge';
import { EventParticipants } from './EventParticipants';
import { InteractionItem } from './InteractionItem';
import { PairDetails } from './PairDetails';
import { NodeTools } from './NodeTools';
import { SourceList } from './SourceList';
import { StatusNote } from './StatusNote';
import './DetailsPanel.css';

export function DetailsPanel() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const selection = useTieline((s) => s.selection);

  const nodeIndex = selection?.kind === 'node' && graph ? graph.nodeIndex.get(selection.id) : undefined;
  const edgesOfActor = useView((e) => (nodeIndex === undefined ? null : e.edgesOfActor(nodeIndex)));
  const count = useView((e) => (nodeIndex === undefined ? 0 : e.actorCount(nodeIndex)));
  // Offices held and memberships are listed with the ties but not counted as interactions.
  const affiliations = useView((e) => (nodeIndex === undefined ? 0 : e.actorAffiliations(nodeIndex)));
  const inView = useMemo(() => (graph && edgesOfActor ? edgesOfActor.map((i) => graph.edges[i]!) : []), [graph, edgesOfActor]);

  if (!graph || !selection) return null;
  const jump = (e: Interaction) => store.getState().setDay(e.first);
  const selectEdge = (e: Interaction) => store.getState().select({ kind: 'edge', id: e.id });
  const close = (
    <button type="button" className="details__close" aria-label="Close details" onClick={() => store.getState().select(null)}>
      ×
    </button>
  );

  if (nodeIndex !== undefined) {
    const n = graph.nodes[nodeIndex]!;
    const country = n.countryIndex >= 0 && n.countryIndex !== n.index ? graph.nodes[n.countryIndex]!.label : null;
    return (
      <aside className="details" aria-labelledby="details-title">
        {close}
        <p className="details__kind">
          {/* The kind's colour as a mark: as text colour, the person orange was 4.49:1 on white, below WCAG's 4.5. */}
          <span className="details__kind-mark" style={{ background: NODE_KIND_INFO[n.kind].color }} aria-hidden="true" />
          {NODE_KIND_INFO[n.kind].label}
          {country ? ` · ${country}` : ''}
        </p>
        <h2 id="details-title">{n.label}</h2>
        {n.role && <p className="details__role">{n.role}</p>}
        {n.description && <p>{n.description}</p>}
        {n.aliases.length > 0 && <p className="details__aliases">Also written: {n.aliases.join(', ')}</p>}
        <NodeTools node={nodeIndex} />
        <h3>
          {plural(count, 'interaction')} in view
          {affiliations > 0 ? `, ${plural(affiliations, 'office or membership', 'offices or memberships')}` : ''}
        </h3>
        <ol className="interactions">
          {inView.map((e) => (
            <InteractionItem key={e.id} graph={graph} edge={e} from={nodeIndex} onJump={jump} onSelect={selectEdge} />
          ))}
        </ol>
        <SourceList graph={graph} ids={n.sources} />
      </aside>
    );
  }

  if (selection.kind === 'pair') {
    const [a, b] = selection.id.split(' ').map((id) => graph.nodeIndex.get(id));
    if (a === undefined || b === undefined) return null;
    return <PairDetails graph={graph} a={a} b={b} close={close} onJump={jump} onSelect={selectEdge} />;
  }
  const e = graph.edges[graph.edgeIndex.get(selection.id) ?? -1];
  if (!e) return null;
  const info = EDGE_KIND_INFO[e.kind];
  return (
    <aside className="details" aria-labelledby="details-title">
      {close}
      <p className="details__kind">
        <span className="swatch" style={{ background: info.color }} aria-hidden="true" /> {info.label}
      </p>
      <h2 id="details-title">{edgePartiesText(graph, e)}</h2>
      <p>
        <button type="button" className="interaction__date" onClick={() => jump(e)}>
          {edgeDateText(e)}
        </button>
      </p>
      <p>{e.summary}</p>
      <StatusNote edge={e} graph={graph} />
      <div className="details__parties">
        {[e.source, e.target].map((i) => (
          <button key={i} type="button" onClick={() => store.getState().select({ kind: 'node', id: graph.nodes[i]!.id })}>
            {graph.nodes[i]!.label}
          </button>
        ))}
      </div>
      <EventParticipants graph={graph} edge={e} onSelect={selectEdge} />
      <h3>Sources</h3>
      <SourceList graph={graph} ids={e.sources} />
    </aside>
  );
}
