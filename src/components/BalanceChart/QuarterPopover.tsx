/** The interactions behind one quarter's bars, shown on hover or focus. */
import { formatFuzzy } from '../../domain/dates';
import type { BalanceRow } from '../../domain/balance';
import type { TielineGraph } from '../../domain/model';
import { EDGE_KIND_INFO } from '../../domain/vocabulary';
import { edgePartiesText } from '../../domain/describeEdge';

const PER_COUNTERPART = 6;

export function QuarterPopover({ graph, row, names, left }: { graph: TielineGraph; row: BalanceRow; names: string[]; left: number }) {
  const total = row.edges.reduce((n, es) => n + es.length, 0);
  return (
    <div className="balance__popover" style={{ left: `${Math.min(25, Math.max(0, left * 100 - 37))}%` }} aria-hidden="true">
      <p className="balance__popover-title">
        Q{row.quarter.q} {row.quarter.year}: {total} interaction{total === 1 ? '' : 's'}
      </p>
      {row.edges.map((es, i) =>
        es.length === 0 ? null : (
          <div key={i}>
            <p className="balance__popover-who">
              {names[i]} ({es.length})
            </p>
            <ul>
              {es.slice(0, PER_COUNTERPART).map((k) => {
                const e = graph.edges[k]!;
                return (
                  <li key={k}>
                    <b>{formatFuzzy(e.date)}</b> {EDGE_KIND_INFO[e.kind].label.toLowerCase()}: {edgePartiesText(graph, e)}
                  </li>
                );
              })}
              {es.length > PER_COUNTERPART && <li>and {es.length - PER_COUNTERPART} more</li>}
            </ul>
          </div>
        ),
      )}
      <p className="balance__popover-hint">Click to move the slider to the end of the quarter.</p>
    </div>
  );
}
