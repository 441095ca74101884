import { plural } from '../../domain/plural';

/**
 * What the large-graph note says about planned and disputed interactions,
 * which sigma draws like the others (no dashed or hollow lines): how many
 * there are and where their status shows. Empty when there are none.
 */
export function uncertainNote(u: { planned: number; disputed: number }): string {
  const parts = [u.planned && `${plural(u.planned, 'planned interaction')}`, u.disputed && `${plural(u.disputed, 'disputed interaction')}`].filter(Boolean);
  if (parts.length === 0) return '';
  return ` This graph has ${parts.join(' and ')}; at this size they are drawn like the others: an actor's details and the event log show each one's status.`;
}
