/** The chart's answer in words: interactions per year with each counterpart. */
import type { BalanceRow } from '../../domain/balance';
import type { TielineGraph } from '../../domain/model';

export function YearTable({ graph, rows, names, actor }: { graph: TielineGraph; rows: BalanceRow[]; names: string[]; actor: number }) {
  const years = new Map<number, number[]>();
  for (const r of rows) {
    const acc = years.get(r.quarter.year) ?? names.map(() => 0);
    r.edges.forEach((es, i) => (acc[i] = acc[i]! + es.length));
    years.set(r.quarter.year, acc);
  }
  return (
    <table className="balance__table">
      <caption>Interactions of {graph.nodes[actor]!.label} per year</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {names.map((n) => (
            <th key={n} scope="col">
              with {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...years].map(([year, counts]) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            {counts.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
