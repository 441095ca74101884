/** One interaction in a list: date (a button that jumps the slider there), kind, counterpart, summary, sources. */
import type { Interaction, TielineGraph } from '../../domain/model';
import { EDGE_KIND_INFO } from '../../domain/vocabulary';
import { edgeDateText, edgePartiesText } from '../../domain/describeEdge';
import { SourceList } from './SourceList';
import { StatusNote } from './StatusNote';

interface Props {
  graph: TielineGraph;
  edge: Interaction;
  /** The actor whose panel lists this; the other party is named as counterpart. */
  from?: number;
  onJump(edge: Interaction): void;
  onSelect(edge: Interaction): void;
}

export function InteractionItem({ graph, edge, from, onJump, onSelect }: Props) {
  const info = EDGE_KIND_INFO[edge.kind];
  const other = from === undefined ? null : graph.nodes[edge.source === from ? edge.target : edge.source]!;
  return (
    <li className="interaction">
      <div className="interaction__head">
        <button type="button" className="interaction__date" onClick={() => onJump(edge)} title="Move the time slider to this date">
          {edgeDateText(edge)}
        </button>
        <span className="interaction__kind">
          <span className="swatch" style={{ background: info.color }} aria-hidden="true" />
          {info.label}
        </span>
      </div>
      <button type="button" className="interaction__parties" onClick={() => onSelect(edge)}>
        {other ? `with ${other.label}` : edgePartiesText(graph, edge)}
      </button>
      <p className="interaction__summary">{edge.summary}</p>
      <StatusNote edge={edge} graph={graph} />
      <SourceList graph={graph} ids={edge.sources} />
    </li>
  );
}
