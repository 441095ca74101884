/**
 * Link parameters for the filters, by id or vocabulary word so a link survives
 * a re-ordered file. A new filter is one more entry in FILTER_FIELDS.
 */
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../domain/vocabulary';
import { show } from './readValues';
import type { FieldCodec, LinkFilter } from './viewStateTypes';

export const EMPTY_FILTER: LinkFilter = { hiddenNodeKinds: [], hiddenEdgeKinds: [], countryIds: [] };

/** A comma-separated list of vocabulary words; unknown words are dropped and named. */
function listField(
  key: string,
  name: string,
  vocabulary: readonly string[],
  read: (f: LinkFilter) => readonly string[],
  write: (f: LinkFilter, values: string[]) => LinkFilter,
): FieldCodec {
  return {
    key,
    encode: (s) => (read(s.filter).length ? read(s.filter).join(',') : undefined),
    decode(raw, into) {
      const words = raw.split(',').filter(Boolean);
      const known = words.filter((w) => vocabulary.includes(w));
      into.filter = write(into.filter ?? EMPTY_FILTER, known);
      const unknown = words.filter((w) => !vocabulary.includes(w));
      return unknown.length ? `${name} ${unknown.map(show).join(', ')} unknown` : null;
    },
  };
}

export const FILTER_FIELDS: FieldCodec[] = [
  listField('hideActors', 'actor kind', NODE_KINDS, (f) => f.hiddenNodeKinds, (f, v) => ({ ...f, hiddenNodeKinds: v as NodeKind[] })),
  listField('hideKinds', 'interaction kind', EDGE_KINDS, (f) => f.hiddenEdgeKinds, (f, v) => ({ ...f, hiddenEdgeKinds: v as EdgeKind[] })),
  {
    key: 'countries',
    encode: (s) => (s.filter.countryIds.length ? s.filter.countryIds.join(',') : undefined),
    decode(raw, into, ctx) {
      const ids = raw.split(',').filter(Boolean);
      const known = ids.filter((id) => (ctx.countryIds ?? ctx.nodeIds).has(id));
      into.filter = { ...(into.filter ?? EMPTY_FILTER), countryIds: known };
      const unknown = ids.filter((id) => !known.includes(id));
      return unknown.length ? `countries ${unknown.map(show).join(', ')} are not in the data` : null;
    },
  },
];
