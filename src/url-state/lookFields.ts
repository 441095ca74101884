/**
 * Link parameters for how the graph is drawn and what it singles out:
 * display switches, focus on a neighbourhood, a path between two actors.
 */
import { show, switchField } from './readValues';
import type { FieldCodec } from './viewStateTypes';

/** Order matters: `steps` refines `focus`, `pathTo` completes `pathFrom`. */
export const LOOK_FIELDS: FieldCodec[] = [
  switchField('hide', 'hide inactive', 'hideIdle'),
  switchField('ghost', 'faint ties', 'ghostOut'),
  switchField('merge', 'merge repeats', 'aggregateEdges'),
  switchField('size', 'size by activity', 'sizeByActivity'),
  {
    key: 'focus',
    encode: (s) => s.focus?.id,
    decode(raw, into, ctx) {
      if (!ctx.nodeIds.has(raw)) return `focus: actor ${show(raw)} is not in the data`;
      into.focus = { id: raw, depth: 1 };
      return null;
    },
  },
  {
    key: 'steps',
    encode: (s) => (s.focus?.depth === 2 ? '2' : undefined),
    decode(raw, into) {
      if (raw !== '1' && raw !== '2') return `steps ${show(raw)} is not 1 or 2`;
      if (!into.focus) return `steps ${show(raw)} ignored without a focus actor`;
      into.focus = { ...into.focus, depth: raw === '2' ? 2 : 1 };
      return null;
    },
  },
  {
    key: 'pathFrom',
    encode: (s) => s.path?.from,
    decode(raw, into, ctx) {
      if (!ctx.nodeIds.has(raw)) return `path: actor ${show(raw)} is not in the data`;
      into.path = { from: raw, to: '' };
      return null;
    },
  },
  {
    key: 'pathTo',
    encode: (s) => s.path?.to,
    decode(raw, into, ctx) {
      const from = into.path?.from;
      if (!from) return `path to ${show(raw)} ignored without pathFrom`;
      if (!ctx.nodeIds.has(raw) || raw === from) {
        delete into.path;
        return `path: actor ${show(raw)} is not another actor in the data`;
      }
      into.path = { from, to: raw };
      return null;
    },
  },
];

/** A `pathFrom` without a `pathTo` is no path: called after every field is read. */
export function completeLook(into: { path?: { from: string; to: string } | null }, ignored: string[]): void {
  if (into.path && !into.path.to) {
    ignored.push(`path from ${show(into.path.from)} ignored without pathTo`);
    delete into.path;
  }
}
