/** One event in the log: date as written, certainty, kind, every participant, place, summary with its sources. */
import type { Ref } from 'react';
import { CERTAINTY_LABEL, eventCertainty, eventPartiesText, type EventRow } from '../../domain/events';
import type { TielineGraph } from '../../domain/model';
import { EDGE_KIND_INFO } from '../../domain/vocabulary';
import { edgeDateText, safeHref } from '../../domain/describeEdge';

function Sources({ graph, ids }: { graph: TielineGraph; ids: string[] }) {
  return (
    <>
      {ids.map((id, k) => {
        const s = graph.sources[graph.sourceIndex.get(id) ?? -1];
        const href = safeHref(s?.url);
        const name = s?.publisher ?? id;
        return (
          <span key={id}>
            {k > 0 && ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={s?.title}>
                {name}
              </a>
            ) : (
              <span title={s?.title}>{name}</span>
            )}
          </span>
        );
      })}
    </>
  );
}

interface Props {
  graph: TielineGraph;
  row: EventRow;
  selected: boolean;
  rowRef?: Ref<HTMLTableRowElement>;
  onSelect(edge: number): void;
}

export function EventLogRow({ graph, row, selected, rowRef, onSelect }: Props) {
  const e = graph.edges[row.lead]!;
  const info = EDGE_KIND_INFO[e.kind];
  const marks = eventCertainty(graph, row);
  const sources = [...new Set(row.edges.flatMap((i) => graph.edges[i]!.sources))];
  return (
    <tr
      ref={rowRef}
      className={selected ? 'is-selected' : undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={(ev) => {
        if (!(ev.target as HTMLElement).closest('a, button')) onSelect(row.lead);
      }}
    >
      <td className="event-log__date">{edgeDateText(e)}</td>
      <td>
        {marks.map((m) => (
          <span key={m} className={`badge badge--${m}`}>
            {CERTAINTY_LABEL[m]}
          </span>
        ))}
      </td>
      <td>
        <span className="swatch" style={{ background: info.color }} aria-hidden="true" /> {info.label}
      </td>
      <td>
        <button type="button" className="event-log__select" onClick={() => onSelect(row.lead)} aria-pressed={selected}>
          {eventPartiesText(graph, row)}
        </button>
      </td>
      <td>{e.place ?? ''}</td>
      <td>
        {e.summary}
        <span className="event-log__sources">
          <Sources graph={graph} ids={sources} />
        </span>
      </td>
    </tr>
  );
}
