import type { TielineGraph } from '../../domain/model';
import { plural } from '../../domain/plural';
import type { SigmaGraph } from './buildSigmaGraph';

/**
 * Planned and disputed interactions the sigma view cannot style: those of a
 * pair drawn as one line (more than MAX_PARALLEL_EDGES), whose one line
 * stands for all of them. Every other one is drawn dotted or hollow
 * (edgePrograms.ts), as in the cytoscape view.
 */
export function unstyledUncertain(model: TielineGraph, built: Pick<SigmaGraph, 'heavy' | 'pairOfEdge'>): { planned: number; disputed: number } {
  const out = { planned: 0, disputed: 0 };
  for (const e of model.edges) {
    if (!built.heavy[built.pairOfEdge[e.index]!]) continue;
    if (e.status === 'planned') out.planned++;
    else if (e.status === 'disputed') out.disputed++;
  }
  return out;
}

/**
 * What the large-graph note says about planned and disputed interactions
 * that no line style shows (see unstyledUncertain): how many, and where
 * their status shows. Empty when there are none.
 */
export function uncertainNote(u: { planned: number; disputed: number }): string {
  const parts = [u.planned && `${plural(u.planned, 'planned interaction')}`, u.disputed && `${plural(u.disputed, 'disputed interaction')}`].filter(Boolean);
  if (parts.length === 0) return '';
  return ` ${parts.join(' and ')} ${u.planned + u.disputed === 1 ? 'is' : 'are'} inside pairs drawn as one line, which shows no line style: the pair's list, an actor's details and the event log show each one's status.`;
}
