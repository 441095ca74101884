/**
 * The layout of an exported picture: caption above the graph, legend and
 * credit below, as a list of plain drawing items. The PNG (canvas) and the
 * SVG both draw this same list, so they are the same picture. Units are CSS
 * pixels at 1×; renderers scale. Text is measured by a function the caller
 * gives (canvas `measureText` in the browser), so this stays pure.
 */
import { EDGE_KIND_INFO, NODE_KIND_INFO, type EdgeKind, type LineStyle, type NodeKind } from './vocabulary';

export const PICTURE_FONT = '"Inter", "Noto Sans", "DejaVu Sans", system-ui, sans-serif';
export const INK = '#1d2430';
export const INK_SOFT = '#566173';
export const ACCENT = '#1f4478';

export interface PictureParts {
  title: boolean;
  date: boolean;
  legend: boolean;
  filters: boolean;
  credit: boolean;
}

export interface PictureSpec {
  /** Width of the whole picture and of the graph area, at 1×. */
  width: number;
  graphHeight: number;
  parts: PictureParts;
  title: string;
  whenWithMode: string;
  filters: string[];
  credit: string;
  nodeKinds: NodeKind[];
  edgeKinds: EdgeKind[];
  /** Actors without interactions in view are drawn faded: say so in the legend. */
  fadedNote: boolean;
}

export type TextItem = { t: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 600 | 700; color: string; anchor: 'start' | 'end' };
export type NodeItem = { t: 'node'; x: number; y: number; size: number; shape: 'round-rectangle' | 'ellipse' | 'hexagon'; color: string };
export type LineItem = { t: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; line: LineStyle; arrow: boolean };
export type DrawItem = TextItem | NodeItem | LineItem;

export interface PictureLayout {
  width: number;
  height: number;
  graph: { x: number; y: number; w: number; h: number };
  items: DrawItem[];
}

/** Width of `text` in px at a font size and weight. */
export type Measure = (text: string, size: number, weight: number) => number;

const PAD = 24;

/** Breaks text into lines no wider than `max` (a word longer than a line gets its own line). */
export function wrapText(text: string, max: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays the picture out: caption, graph area, legend, credit. */
export function layoutPicture(spec: PictureSpec, measure: Measure): PictureLayout {
  const items: DrawItem[] = [];
  const inner = spec.width - 2 * PAD;
  let y = PAD;

  const paragraph = (text: string, size: number, weight: TextItem['weight'], color: string, lineHeight: number) => {
    for (const line of wrapText(text, inner, (s) => measure(s, size, weight))) {
      y += lineHeight;
      items.push({ t: 'text', x: PAD, y: y - (lineHeight - size) / 2 - size * 0.18, text: line, size, weight, color, anchor: 'start' });
    }
  };

  const hasHead = (spec.parts.title && spec.title.trim()) || spec.parts.date || (spec.parts.filters && spec.filters.length > 0);
  if (spec.parts.title && spec.title.trim()) paragraph(spec.title.trim(), 22, 700, INK, 28);
  if (spec.parts.date) paragraph(spec.whenWithMode, 16, 600, ACCENT, 22);
  if (spec.parts.filters && spec.filters.length) paragraph(spec.filters.join(' · '), 12.5, 400, INK_SOFT, 18);
  if (hasHead) y += 8;
  else y = 0;

  const graph = { x: 0, y, w: spec.width, h: spec.graphHeight };
  y += spec.graphHeight;

  const hasFoot = spec.parts.legend || spec.parts.credit;
  if (hasFoot) y += 10;
  if (spec.parts.legend && spec.nodeKinds.length + spec.edgeKinds.length > 0) {
    const size = 12.5;
    const rowH = 20;
    let x = PAD;
    y += rowH;
    const place = (symbolW: number, label: string, draw: (x: number, mid: number) => void) => {
      const w = symbolW + 6 + measure(label, size, 400);
      if (x > PAD && x + w > spec.width - PAD) {
        x = PAD;
        y += rowH;
      }
      const mid = y - rowH / 2 + 2;
      draw(x, mid);
      items.push({ t: 'text', x: x + symbolW + 6, y: mid + size * 0.36, text: label, size, weight: 400, color: INK, anchor: 'start' });
      x += w + 16;
    };
    for (const k of spec.nodeKinds) {
      const info = NODE_KIND_INFO[k];
      place(14, info.label, (x0, mid) => items.push({ t: 'node', x: x0 + 7, y: mid, size: 13, shape: info.shape, color: info.color }));
    }
    for (const k of spec.edgeKinds) {
      const info = EDGE_KIND_INFO[k];
      place(28, info.label, (x0, mid) =>
        items.push({ t: 'line', x1: x0, y1: mid, x2: x0 + 28, y2: mid, color: info.color, width: 2.5, line: info.line, arrow: info.directed }),
      );
    }
    if (spec.edgeKinds.some((k) => EDGE_KIND_INFO[k].directed)) place(0, 'Arrow: who acted', () => {});
    if (spec.fadedNote) place(0, 'Faded: no interaction in view', () => {});
  }
  if (spec.parts.credit) {
    y += 4;
    paragraph(spec.credit, 11.5, 400, INK_SOFT, 17);
  }
  if (hasFoot) y += PAD - 6;
  return { width: spec.width, height: Math.ceil(y), graph, items };
}
