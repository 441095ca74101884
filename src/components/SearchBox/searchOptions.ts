/** The search results as one flat list of choices (for the combobox), in groups with their counts. */
import type { SearchResults } from '../../domain/search';

export type SearchOption =
  | { type: 'actor'; index: number }
  | { type: 'interaction'; index: number; edges: number[] }
  | { type: 'place'; place: string; count: number }
  | { type: 'period'; first: number; last: number; label: string; count: number }
  | { type: 'nearest'; query: string };

export interface OptionGroup {
  name: string;
  /** How many there are in all (the list shows the first few). */
  total: number;
  options: SearchOption[];
}

/** Groups in reading order: periods, actors, interactions, places; or, on a miss, the nearest queries. */
export function optionGroups(r: SearchResults): OptionGroup[] {
  const groups: OptionGroup[] = [];
  if (r.period) groups.push({ name: 'Periods', total: 1, options: [{ type: 'period', ...r.period }] });
  if (r.actors.length) groups.push({ name: 'Actors', total: r.counts.actors, options: r.actors.map((h) => ({ type: 'actor', index: h.index })) });
  if (r.interactions.length) groups.push({ name: 'Interactions', total: r.counts.interactions, options: r.interactions.map((h) => ({ type: 'interaction', index: h.index, edges: h.edges })) });
  if (r.places.length) groups.push({ name: 'Places', total: r.counts.places, options: r.places.map((p) => ({ type: 'place', ...p })) });
  if (groups.length === 0 && r.nearest.length) groups.push({ name: 'Nearest matches', total: r.nearest.length, options: r.nearest.map((query) => ({ type: 'nearest', query })) });
  return groups;
}
