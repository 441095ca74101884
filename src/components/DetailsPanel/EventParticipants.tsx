/** The other pair edges of the selected interaction's event (one meeting with several participants), each a button. */
import type { Interaction, TielineGraph } from '../../domain/model';
import { edgePartiesText } from '../../domain/describeEdge';
import { useView } from '../../store/viewSelectors';

interface Props {
  graph: TielineGraph;
  edge: Interaction;
  onSelect(edge: Interaction): void;
}

export function EventParticipants({ graph, edge, onSelect }: Props) {
  // The engine's list of the event's pair edges (built once per graph), not a scan per render.
  const members = useView((e) => e.eventEdges(edge.index));
  if (members.length < 2) return null;
  const pairs = members.map((i) => graph.edges[i]!);
  const people = new Set(pairs.flatMap((e) => [e.source, e.target]));
  return (
    <section className="details__event" aria-label="One event">
      <h3>
        One event: {pairs.length} pairs, {people.size} participants
      </h3>
      <ul className="details__event-pairs">
        {pairs.map((e) => (
          <li key={e.id}>
            {e.id === edge.id ? (
              <span aria-current="true">{edgePartiesText(graph, e)} (shown)</span>
            ) : (
              <button type="button" className="interaction__parties" onClick={() => onSelect(e)}>
                {edgePartiesText(graph, e)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
