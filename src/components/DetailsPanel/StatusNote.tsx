/** Planned or disputed status, vote position and editor's note, when an interaction has them. */
import type { Interaction } from '../../domain/model';

const POSITION_TEXT = { yes: 'Voted yes', no: 'Voted no', abstain: 'Abstained', absent: 'Did not vote' } as const;

export function StatusNote({ edge }: { edge: Interaction }) {
  const bits: string[] = [];
  if (edge.position) bits.push(POSITION_TEXT[edge.position]);
  if (edge.place) bits.push(edge.place);
  return (
    <>
      {bits.length > 0 && <p className="interaction__meta">{bits.join(' · ')}</p>}
      {edge.status !== 'happened' && (
        <p className={`badge badge--${edge.status}`}>{edge.status === 'planned' ? 'Planned' : 'Sources disagree'}</p>
      )}
      {edge.note && <p className="interaction__note">{edge.note}</p>}
    </>
  );
}
