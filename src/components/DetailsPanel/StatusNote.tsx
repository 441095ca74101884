/**
 * Planned or disputed status (a disputed date with each date and its
 * sources), vote position, place, values not from the sources, and the
 * editor's note, when an interaction has them.
 */
import type { Interaction, TielineGraph } from '../../domain/model';
import { formatFuzzy } from '../../domain/dates';
import { NOT_FROM_SOURCES } from '../../domain/describeEdge';

const POSITION_TEXT = { yes: 'Voted yes', no: 'Voted no', abstain: 'Abstained', absent: 'Did not vote' } as const;

/** What the editor took from outside the cited articles, in words, or null. */
function outsideWords(e: Interaction): string | null {
  const f = new Set(e.outside ?? []);
  const spanLike = e.end !== undefined || e.last > 9_000_000;
  const dates =
    f.has('date') && f.has('end') ? 'the dates' : f.has('date') ? (spanLike ? 'the start date' : 'the date') : f.has('end') ? 'the end date' : null;
  const parts = [dates, f.has('place') ? 'the place' : null].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  const plural = parts.length > 1 || dates === 'the dates';
  // The public record or the editor's reading: the note says which, so this line claims neither.
  return `Not from the sources: ${parts.join(' and ')} ${plural ? 'are' : 'is'} not given by the articles cited; the note says where ${plural ? 'they come' : 'it comes'} from.`;
}

export function StatusNote({ edge, graph }: { edge: Interaction; graph?: TielineGraph }) {
  const bits: string[] = [];
  if (edge.position) bits.push(POSITION_TEXT[edge.position]);
  if (edge.place) bits.push(edge.outside?.includes('place') ? `${edge.place} ${NOT_FROM_SOURCES}` : edge.place);
  const outside = outsideWords(edge);
  const publisher = (id: string) => graph?.sources[graph.sourceIndex.get(id) ?? -1]?.publisher ?? id;
  return (
    <>
      {bits.length > 0 && <p className="interaction__meta">{bits.join(' · ')}</p>}
      {edge.status !== 'happened' && (
        <p className={`badge badge--${edge.status}`}>{edge.status === 'planned' ? 'Planned' : 'Sources disagree'}</p>
      )}
      {edge.dateClaims && (
        <ul className="interaction__claims" aria-label="Dates the sources give">
          {edge.dateClaims.map((c) => (
            <li key={c.date.iso}>
              {formatFuzzy(c.date)}: {c.sources.map(publisher).join(', ')}
            </li>
          ))}
        </ul>
      )}
      {outside && <p className="badge badge--outside">{outside}</p>}
      {edge.note && <p className="interaction__note">{edge.note}</p>}
    </>
  );
}
