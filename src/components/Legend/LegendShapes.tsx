/** Small SVG pictures of node shapes and edge lines, matching the graph's stylesheet. */
import { EDGE_KIND_INFO, NODE_KIND_INFO, type EdgeKind, type NodeKind } from '../../domain/vocabulary';
import { LINE_LOOK_INFO, type LineLook } from '../../domain/lineLooks';

/** An actor kind's shape; `circle` for the sigma view, which draws every actor as a disc. */
export function NodeShape({ kind, circle = false }: { kind: NodeKind; circle?: boolean }) {
  const { color } = NODE_KIND_INFO[kind];
  const shape = circle ? 'ellipse' : NODE_KIND_INFO[kind].shape;
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="9" cy="9" r="7" fill={color} />}
      {shape === 'round-rectangle' && <rect x="2" y="2" width="14" height="14" rx="3" fill={color} />}
      {shape === 'hexagon' && <polygon points="4.5,2 13.5,2 17,9 13.5,16 4.5,16 1,9" fill={color} />}
    </svg>
  );
}

const DASH = { solid: undefined, dashed: '5 3', dotted: '1.5 3' } as const;

/** An interaction kind's line; `solid` and `arrow: false` as the sigma view draws it (no kind dashes; no heads when dense). */
export function EdgeLine({ kind, solid = false, arrow = true }: { kind: EdgeKind; solid?: boolean; arrow?: boolean }) {
  const { color } = EDGE_KIND_INFO[kind];
  const line = solid ? 'solid' : EDGE_KIND_INFO[kind].line;
  const directed = arrow && EDGE_KIND_INFO[kind].directed;
  return (
    <svg width="30" height="12" viewBox="0 0 30 12" aria-hidden="true">
      <line x1="1" y1="6" x2={directed ? 22 : 29} y2="6" stroke={color} strokeWidth="2.5" strokeDasharray={DASH[line]} strokeLinecap="round" />
      {directed && <polygon points="21,1.5 29,6 21,10.5" fill={color} />}
    </svg>
  );
}

const LOOK_INK = '#4b5563';

/** A line's certainty or affiliation look (src/domain/lineLooks.ts), drawn in a neutral ink. */
export function LookLine({ look }: { look: LineLook }) {
  const info = LINE_LOOK_INFO[look];
  const color = info.color ?? LOOK_INK;
  const dash = info.dash.length ? info.dash.join(' ') : undefined;
  return (
    <svg width="30" height="12" viewBox="0 0 30 12" aria-hidden="true" opacity={info.faint ? 0.55 : undefined}>
      {info.hollow ? (
        <>
          <line x1="1" y1="6" x2="29" y2="6" stroke={color} strokeWidth="5" />
          <line x1="1" y1="6" x2="29" y2="6" stroke="#ffffff" strokeWidth="2" />
        </>
      ) : (
        <line x1="1" y1="6" x2={info.tee ? 26 : 29} y2="6" stroke={color} strokeWidth={info.thin ? 1.2 : 2.5} strokeDasharray={dash} strokeLinecap={look === 'planned' ? 'round' : 'butt'} />
      )}
      {info.tee && <line x1="27" y1="1" x2="27" y2="11" stroke={color} strokeWidth="2.5" />}
    </svg>
  );
}
