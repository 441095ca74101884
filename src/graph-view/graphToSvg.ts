/**
 * The graph as SVG, written from cytoscape's rendered model (positions,
 * sizes, shapes, colours, edge endpoints and control points, arrows,
 * labels) rather than traced from pixels: every node is one shape, every
 * label one editable <text>, grouped so a designer finds them in Inkscape
 * or Illustrator. Text from the data is escaped.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { wrapText } from '../domain/pictureLayout';
import { SCREEN_LOOK, withPictureLook, type GraphArea, type PictureLook } from './renderGraphImage';
import { LABEL_FONT } from './stylesheet';

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids even escaped (control characters, lone surrogates, U+FFFE/FFFF) are left out.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const WHOLE_PADDING = 24;
const n2 = (v: number) => Math.round(v * 100) / 100;

/** Maps model coordinates into the graph area: the camera on screen, or the whole graph fitted. */
function areaTransform(cy: Core, area: GraphArea, w: number, h: number): { k: number; tx: number; ty: number } {
  if (area === 'view') {
    const pan = cy.pan();
    // The on-screen canvas may differ from the area by rounding only.
    return { k: cy.zoom(), tx: pan.x + (w - cy.width()) / 2, ty: pan.y + (h - cy.height()) / 2 };
  }
  const bb = cy.elements(':visible').boundingBox({});
  const k = Math.min((w - 2 * WHOLE_PADDING) / Math.max(1, bb.w), (h - 2 * WHOLE_PADDING) / Math.max(1, bb.h));
  return { k, tx: w / 2 - (bb.x1 + bb.w / 2) * k, ty: h / 2 - (bb.y1 + bb.h / 2) * k };
}

function colour(el: NodeSingular | EdgeSingular, prop: string): string {
  return String(el.style(prop));
}

function num(el: NodeSingular | EdgeSingular, prop: string): number {
  return Number(el.numericStyle(prop)) || 0;
}

function str(el: NodeSingular | EdgeSingular, prop: string): string {
  return String(el.style(prop));
}

function opacityAttr(el: NodeSingular | EdgeSingular): string {
  const o = el.effectiveOpacity();
  return o < 0.999 ? ` opacity="${n2(o)}"` : '';
}

function nodeShape(node: NodeSingular): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const shape = str(node, 'shape');
  const paint = `fill="${colour(node, 'background-color')}" stroke="${colour(node, 'border-color')}" stroke-width="${n2(num(node, 'border-width'))}"${opacityAttr(node)}`;
  if (shape === 'ellipse') return `<ellipse cx="${n2(x)}" cy="${n2(y)}" rx="${n2(w / 2)}" ry="${n2(h / 2)}" ${paint}/>`;
  if (shape === 'hexagon') {
    const pts = [[-w / 4, -h / 2], [w / 4, -h / 2], [w / 2, 0], [w / 4, h / 2], [-w / 4, h / 2], [-w / 2, 0]];
    return `<polygon points="${pts.map(([dx, dy]) => `${n2(x + dx!)},${n2(y + dy!)}`).join(' ')}" ${paint}/>`;
  }
  const r = Math.min(w / 4, h / 4, 8);
  return `<rect x="${n2(x - w / 2)}" y="${n2(y - h / 2)}" width="${n2(w)}" height="${n2(h)}" rx="${n2(r)}" ${paint}/>`;
}

/** Cytoscape's arrow size for an edge width. */
function arrowSize(width: number, scale: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

function edgeShape(edge: EdgeSingular): string {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const cps = (edge.controlPoints?.() ?? []) as { x: number; y: number }[];
  const width = num(edge, 'width');
  const color = colour(edge, 'line-color');
  const arrow = str(edge, 'target-arrow-shape') !== 'none';
  // The tangent at the target decides the arrow's direction.
  const before = cps.length ? cps[cps.length - 1]! : s;
  const len = Math.hypot(t.x - before.x, t.y - before.y) || 1;
  const ux = (t.x - before.x) / len;
  const uy = (t.y - before.y) / len;
  const size = arrow ? arrowSize(width, num(edge, 'arrow-scale') || 1) : 0;
  const tip = size * 0.3;
  const end = arrow ? { x: t.x - ux * tip, y: t.y - uy * tip } : t;
  let d = `M${n2(s.x)},${n2(s.y)}`;
  if (cps.length === 0) d += ` L${n2(end.x)},${n2(end.y)}`;
  else {
    for (let k = 0; k < cps.length; k++) {
      const cp = cps[k]!;
      const next = k + 1 < cps.length ? { x: (cp.x + cps[k + 1]!.x) / 2, y: (cp.y + cps[k + 1]!.y) / 2 } : end;
      d += ` Q${n2(cp.x)},${n2(cp.y)} ${n2(next.x)},${n2(next.y)}`;
    }
  }
  const style = str(edge, 'line-style');
  const dashPattern = (edge.numericStyle('line-dash-pattern') as number[] | undefined) ?? [6, 3];
  const dash = style === 'dashed' ? ` stroke-dasharray="${dashPattern.join(' ')}"` : style === 'dotted' ? ' stroke-dasharray="1 1"' : '';
  // A disputed line is hollow: its outline drawn first, under the white core.
  const outlineWidth = num(edge, 'line-outline-width');
  let out = outlineWidth > 0 ? `<path d="${d}" fill="none" stroke="${colour(edge, 'line-outline-color')}" stroke-width="${n2(width + 2 * outlineWidth)}"${opacityAttr(edge)}/>` : '';
  out += `<path d="${d}" fill="none" stroke="${color}" stroke-width="${n2(width)}"${dash}${opacityAttr(edge)}/>`;
  if (str(edge, 'target-arrow-shape') === 'tee') {
    const half = size * 0.2;
    out += `<line x1="${n2(t.x - uy * half)}" y1="${n2(t.y + ux * half)}" x2="${n2(t.x + uy * half)}" y2="${n2(t.y - ux * half)}" stroke="${colour(edge, 'target-arrow-color')}" stroke-width="${n2(width * 1.2)}"${opacityAttr(edge)}/>`;
  } else if (arrow) {
    const half = size * 0.15;
    const bx = t.x - ux * tip;
    const by = t.y - uy * tip;
    const pts = [[t.x, t.y], [bx - uy * half, by + ux * half], [bx + uy * half, by - ux * half]];
    out += `<polygon points="${pts.map(([px, py]) => `${n2(px!)},${n2(py!)}`).join(' ')}" fill="${colour(edge, 'target-arrow-color')}"${opacityAttr(edge)}/>`;
  }
  return out;
}

function nodeLabel(node: NodeSingular, measure: (text: string, size: number, weight: number) => number): string {
  // The label as the stylesheet draws it: a phone or a small embed draws the short name (a narrow picture keeps it).
  const raw = str(node, 'label');
  if (!raw) return '';
  const label = str(node, 'text-transform') === 'uppercase' ? raw.toUpperCase() : raw;
  const size = num(node, 'font-size') || 13;
  const weight = Number(str(node, 'font-weight')) || 400;
  const maxWidth = num(node, 'text-max-width') || 120;
  const lines = wrapText(label, maxWidth, (s) => measure(s, size, weight));
  const { x, y } = node.position();
  const border = num(node, 'border-width') / 2;
  const valign = str(node, 'text-valign');
  const halign = str(node, 'text-halign');
  const block = size * (0.8 + (lines.length - 1) * 1.05) + size * 0.25;
  // Below (the default), above, or beside the body, vertically centred (labelPlacement.ts sides).
  const top =
    valign === 'top'
      ? y - node.height() / 2 - border + num(node, 'text-margin-y') - block
      : valign === 'center'
        ? y - block / 2
        : y + node.height() / 2 + num(node, 'text-margin-y') + border;
  const beside = valign === 'center' && (halign === 'left' || halign === 'right');
  const tx = beside ? x + (halign === 'right' ? 1 : -1) * (node.width() / 2 + border) + num(node, 'text-margin-x') : x;
  const anchor = beside ? (halign === 'right' ? 'start' : 'end') : 'middle';
  const outline = num(node, 'text-outline-width');
  const tspans = lines.map((line, k) => `<tspan x="${n2(tx)}" y="${n2(top + size * (0.8 + k * 1.05))}">${escapeXml(line)}</tspan>`).join('');
  return `<text text-anchor="${anchor}" font-size="${size}" font-weight="${weight}" fill="${colour(node, 'color')}" stroke="${colour(node, 'text-outline-color')}" stroke-width="${n2(outline)}" stroke-linejoin="round" paint-order="stroke"${opacityAttr(node)}>${tspans}</text>`;
}

/**
 * SVG markup for the graph in an area of w×h (1× units), placed at (x, y):
 * edges, then node shapes (one per visible node), then labels.
 */
export function graphToSvg(
  cy: Core,
  opts: { area: GraphArea; x: number; y: number; w: number; h: number; look?: PictureLook },
  measure: (text: string, size: number, weight: number) => number,
): string {
  return withPictureLook(cy, opts.look ?? SCREEN_LOOK, () => graphMarkup(cy, opts, measure));
}

function graphMarkup(
  cy: Core,
  opts: { area: GraphArea; x: number; y: number; w: number; h: number },
  measure: (text: string, size: number, weight: number) => number,
): string {
  const { k, tx, ty } = areaTransform(cy, opts.area, opts.w, opts.h);
  const edges: string[] = [];
  const nodes: string[] = [];
  const labels: string[] = [];
  cy.edges(':visible').forEach((e) => {
    if (e.effectiveOpacity() > 0.001) edges.push(edgeShape(e));
  });
  const visibleNodes = cy.nodes(':visible').filter((n) => n.effectiveOpacity() > 0.001);
  visibleNodes.forEach((n) => {
    nodes.push(nodeShape(n));
    labels.push(nodeLabel(n, measure));
  });
  return [
    `<clipPath id="graph-area"><rect x="${n2(opts.x)}" y="${n2(opts.y)}" width="${n2(opts.w)}" height="${n2(opts.h)}"/></clipPath>`,
    `<g id="graph" clip-path="url(#graph-area)"><g transform="translate(${n2(opts.x + tx)} ${n2(opts.y + ty)}) scale(${k})">`,
    `<g id="edges">${edges.join('')}</g>`,
    `<g id="nodes">${nodes.join('')}</g>`,
    `<g id="labels" font-family="${escapeXml(LABEL_FONT)}">${labels.join('')}</g>`,
    '</g></g>',
  ].join('\n');
}
