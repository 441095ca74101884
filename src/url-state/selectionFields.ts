/** Link parameters for what is looked at: the selection and the camera. */
import { readCamera, show } from './readValues';
import type { FieldCodec } from './viewStateTypes';

/** Zoom to 3 significant decimals: enough to restore a picture, short in a link. */
export function roundZoom(zoom: number): number {
  return Math.round(zoom * 1000) / 1000;
}

/** One selection at most: the first of node, edge, pair wins and the others are named as ignored. */
export const SELECTION_FIELDS: FieldCodec[] = [
  {
    key: 'node',
    encode: (s) => (s.selection?.kind === 'node' ? s.selection.id : undefined),
    decode(raw, into, ctx) {
      if (!ctx.nodeIds.has(raw)) return `actor ${show(raw)} is not in the data`;
      into.selection = { kind: 'node', id: raw };
      return null;
    },
  },
  {
    key: 'edge',
    encode: (s) => (s.selection?.kind === 'edge' ? s.selection.id : undefined),
    decode(raw, into, ctx) {
      if (!ctx.edgeIds.has(raw)) return `interaction ${show(raw)} is not in the data`;
      if (into.selection) return `interaction ${show(raw)} ignored: an actor is already selected`;
      into.selection = { kind: 'edge', id: raw };
      return null;
    },
  },
  {
    key: 'pair',
    encode: (s) => (s.selection?.kind === 'pair' ? s.selection.id : undefined),
    decode(raw, into, ctx) {
      const ids = raw.split(' ');
      if (ids.length !== 2 || !ids.every((id) => ctx.nodeIds.has(id))) return `pair ${show(raw)} is not two actors in the data`;
      if (into.selection) return `pair ${show(raw)} ignored: something is already selected`;
      into.selection = { kind: 'pair', id: raw };
      return null;
    },
  },
  {
    key: 'cam',
    encode: (s) => {
      const c = s.camera;
      if (!c) return undefined;
      if (c.anchor !== undefined) return `@${c.anchor},${roundZoom(c.x)},${roundZoom(c.y)},${roundZoom(c.zoom)}`;
      return `${Math.round(c.x)},${Math.round(c.y)},${roundZoom(c.zoom)}`;
    },
    decode(raw, into, ctx) {
      const r = readCamera(raw, ctx.nodeIds);
      if (!r.ok) return r.reason;
      into.camera = r.value;
      return null;
    },
  },
];
