/** Details of an aggregated edge: every interaction in view between the two actors, newest first. */
import { useMemo } from 'react';
import type { Interaction, TielineGraph } from '../../domain/model';
import { plural } from '../../domain/plural';
import { useView } from '../../store/viewSelectors';
import { InteractionItem } from './InteractionItem';

interface Props {
  graph: TielineGraph;
  a: number;
  b: number;
  close: React.ReactNode;
  onJump(e: Interaction): void;
  onSelect(e: Interaction): void;
}

export function PairDetails({ graph, a, b, close, onJump, onSelect }: Props) {
  const inView = useView((e) => e.edgesOfPair(a, b));
  const count = useView((e) => e.pairCount(a, b));
  const edges = useMemo(() => inView.map((i) => graph.edges[i]!), [graph, inView]);
  return (
    <aside className="details" aria-labelledby="details-title">
      {close}
      <p className="details__kind">Repeated ties</p>
      <h2 id="details-title">
        {graph.nodes[a]!.label} – {graph.nodes[b]!.label}
      </h2>
      <h3>
        {plural(count, 'interaction')} in view
      </h3>
      <ol className="interactions">
        {edges.map((e) => (
          <InteractionItem key={e.id} graph={graph} edge={e} onJump={onJump} onSelect={onSelect} />
        ))}
      </ol>
    </aside>
  );
}
