/**
 * SVG export: the same picture as the PNG (same layout), with the graph,
 * legend and caption as vector shapes and <text>, for print and for editing.
 */
import { PICTURE_FONT, layoutPicture, type DrawItem } from '../domain/pictureLayout';
import { drawnCy } from '../graph-view/activeGraph';
import { escapeXml, graphToSvg } from '../graph-view/graphToSvg';
import { graphAreaSize } from '../graph-view/renderGraphImage';
import type { TielineState } from '../store/createTielineStore';
import { canvasMeasure, hexagonPoints } from './drawPicture';
import type { PictureOptions } from './pictureOptions';
import { exportFileName, pictureLook, pictureSpec } from './pictureSpec';

const DASH = { solid: '', dashed: ' stroke-dasharray="5 3"', dotted: ' stroke-dasharray="1.5 3" stroke-linecap="round"' } as const;
const n2 = (v: number) => Math.round(v * 100) / 100;

function itemSvg(item: DrawItem): string {
  if (item.t === 'text') {
    return `<text x="${n2(item.x)}" y="${n2(item.y)}" font-size="${item.size}" font-weight="${item.weight}" fill="${item.color}"${item.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(item.text)}</text>`;
  }
  if (item.t === 'node') {
    const r = item.size / 2;
    if (item.shape === 'ellipse') return `<circle cx="${n2(item.x)}" cy="${n2(item.y)}" r="${n2(r)}" fill="${item.color}"/>`;
    if (item.shape === 'hexagon') {
      return `<polygon points="${hexagonPoints(item.x, item.y, item.size, item.size).map(([x, y]) => `${n2(x)},${n2(y)}`).join(' ')}" fill="${item.color}"/>`;
    }
    return `<rect x="${n2(item.x - r)}" y="${n2(item.y - r)}" width="${item.size}" height="${item.size}" rx="${n2(item.size * 0.2)}" fill="${item.color}"/>`;
  }
  const end = item.arrow ? item.x2 - 7 : item.tee ? item.x2 - 2 : item.x2;
  const opacity = item.opacity !== undefined && item.opacity < 1 ? ` opacity="${item.opacity}"` : '';
  const line = (color: string, width: number, dash: string) =>
    `<line x1="${n2(item.x1)}" y1="${n2(item.y1)}" x2="${n2(end)}" y2="${n2(item.y2)}" stroke="${color}" stroke-width="${n2(width)}"${dash}${opacity}/>`;
  let out = item.hollow
    ? line(item.color, item.width + 2.5, '') + line('#ffffff', item.width - 0.5, '')
    : line(item.color, item.width, item.dash?.length ? ` stroke-dasharray="${item.dash.join(' ')}"${item.dash[0]! <= 1 ? ' stroke-linecap="round"' : ''}` : DASH[item.line]);
  if (item.tee) out += `<line x1="${n2(item.x2 - 1)}" y1="${n2(item.y2 - 5)}" x2="${n2(item.x2 - 1)}" y2="${n2(item.y2 + 5)}" stroke="${item.color}" stroke-width="2.5"/>`;
  if (item.arrow) out += `<polygon points="${n2(item.x2 - 8)},${n2(item.y2 - 4.5)} ${n2(item.x2)},${n2(item.y2)} ${n2(item.x2 - 8)},${n2(item.y2 + 4.5)}" fill="${item.color}"/>`;
  return out;
}

/** The picture as an SVG document. */
export function pictureSvg(s: TielineState, options: PictureOptions): string {
  const cy = drawnCy(s);
  if (!cy || !s.graph || !s.timeIndex) throw new Error('The graph is not on screen yet.');
  const measure = canvasMeasure();
  const look = pictureLook(options);
  const area = graphAreaSize(cy, options.area, look);
  const spec = pictureSpec(s, options, area, cy.edges('.possible:visible').length > 0);
  const layout = layoutPicture(spec, measure);
  const g = layout.graph;
  const caption = layout.items.filter((i) => i.t === 'text' && i.y < g.y);
  const below = layout.items.filter((i) => !caption.includes(i));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeXml(PICTURE_FONT)}">`,
    `<title>${escapeXml(spec.title)}</title>`,
    `<desc>${escapeXml(`${spec.whenWithMode}. ${spec.credit}`)}</desc>`,
    options.background === 'white' ? `<rect id="background" width="${layout.width}" height="${layout.height}" fill="#ffffff"/>` : '',
    graphToSvg(cy, { area: options.area, x: g.x, y: g.y, w: g.w, h: g.h, look }, measure),
    `<g id="caption">${caption.map(itemSvg).join('')}</g>`,
    `<g id="legend-and-credit">${below.map(itemSvg).join('')}</g>`,
    '</svg>',
  ].join('\n');
}

export function exportSvg(s: TielineState, options: PictureOptions): { blob: Blob; fileName: string } {
  return { blob: new Blob([pictureSvg(s, options)], { type: 'image/svg+xml' }), fileName: exportFileName(s, 'svg') };
}
