/** The chart's answer in words: events per year with each counterpart; a year's button lists its events in the log. */
import type { Bucket, BucketRow } from '../../domain/balanceBuckets';
import { eventCertainty, isUnsure } from '../../domain/events';
import type { TielineGraph } from '../../domain/model';
import { dayFromParts } from '../../domain/dates';

interface Props {
  graph: TielineGraph;
  years: { year: number; counts: number[] }[];
  rows: BucketRow[];
  names: string[];
  actor: number;
  onYear(year: Bucket): void;
}

export function YearTable({ graph, years, rows, names, actor, onYear }: Props) {
  const unsure = (year: number, k: number) =>
    rows.filter((r) => r.bucket.year === year).reduce((n, r) => n + r.events[k]!.filter((e) => eventCertainty(graph, e).some(isUnsure)).length, 0);
  return (
    <table className="balance__table">
      <caption>Events of {graph.nodes[actor]!.label} per year (click a year to list them)</caption>
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
        {years.map(({ year, counts }) => (
          <tr key={year}>
            <th scope="row">
              <button type="button" className="balance__year-button" onClick={() => onYear({ year, q: null, first: dayFromParts(year, 1, 1), last: dayFromParts(year, 12, 31) })}>
                {year}
              </button>
            </th>
            {counts.map((c, i) => {
              const u = unsure(year, i);
              return (
                <td key={i}>
                  {c}
                  {u > 0 && <span className="balance__unsure"> ({u} disputed or planned)</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
