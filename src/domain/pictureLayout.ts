/**
 * The layout of an exported picture: caption above the graph, legend and
 * credit below, as a list of plain drawing items. The PNG (canvas) and the
 * SVG both draw this same list, so they are the same picture. Units are CSS
 * pixels at 1×; renderers scale. Text is measured by a function the caller
 * gives (canvas `measureText` in the browser), so this stays pure.
 */
import { EDGE_KIND_INFO, NODE_KIND_INFO, isAffiliation, type EdgeKind, type LineStyle, type NodeKind } from './vocabulary';
import { LINE_LOOK_INFO, type LineLook } from './lineLooks';

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
  /** The balance over time as a small chart under the legend (off unless asked for). */
  balance: boolean;
  /** Offices held and memberships (off unless asked for: a picture shows interactions). */
  affiliations: boolean;
  /** Actors with no tie in view, faded (off unless asked for). */
  idleActors: boolean;
}

/** Interactions per year between an actor and its counterparts, for the picture's balance chart. */
export interface PictureBalance {
  title: string;
  series: { label: string; color: string }[];
  years: { year: number; counts: number[] }[];
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
  /** Certainty and affiliation looks of the lines drawn (planned, disputed…), explained in the legend. */
  lineLooks?: LineLook[];
  /** Merge repeats is on: one line per pair. */
  merged?: boolean;
  balance?: PictureBalance | null;
}

export type TextItem = { t: 'text'; x: number; y: number; text: string; size: number; weight: 400 | 600 | 700; color: string; anchor: 'start' | 'end' };
export type NodeItem = { t: 'node'; x: number; y: number; size: number; shape: 'round-rectangle' | 'ellipse' | 'hexagon'; color: string };
export type LineItem = {
  t: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  line: LineStyle;
  arrow: boolean;
  /** A dash pattern of its own (overrides `line`). */
  dash?: number[];
  /** An outline with a white core. */
  hollow?: boolean;
  /** A bar across the end. */
  tee?: boolean;
  opacity?: number;
};
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

  const balance = spec.parts.balance && spec.balance && spec.balance.years.length > 0 ? spec.balance : null;
  const hasFoot = spec.parts.legend || spec.parts.credit || balance !== null;
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
    // Affiliations are drawn in their own look (below), not in their kinds' colours.
    for (const k of spec.edgeKinds.filter((kind) => !isAffiliation(kind))) {
      const info = EDGE_KIND_INFO[k];
      place(28, info.label, (x0, mid) =>
        items.push({ t: 'line', x1: x0, y1: mid, x2: x0 + 28, y2: mid, color: info.color, width: 2.5, line: info.line, arrow: info.directed }),
      );
    }
    for (const look of spec.lineLooks ?? []) {
      const info = LINE_LOOK_INFO[look];
      place(28, info.label, (x0, mid) =>
        items.push({
          t: 'line', x1: x0, y1: mid, x2: x0 + 28, y2: mid, color: info.color ?? INK_SOFT, width: info.thin ? 1.2 : 2.5, line: 'solid', arrow: false,
          dash: info.dash, hollow: info.hollow === true, tee: info.tee === true, opacity: info.faint ? 0.55 : 1,
        }),
      );
    }
    if (spec.nodeKinds.includes('country')) place(0, 'Countries in capitals', () => {});
    if (spec.edgeKinds.some((k) => EDGE_KIND_INFO[k].directed)) place(0, 'Arrow: who acted', () => {});
    if (spec.fadedNote) place(0, 'Faded: no interaction in view', () => {});
    if (spec.merged) place(0, 'Merged: one line per pair, width and number = count, grey where kinds mix', () => {});
    else if (spec.edgeKinds.length > 0) place(0, 'Ties of one pair side by side', () => {});
  }
  if (balance) y = layoutBalance(balance, y, spec.width, items, measure);
  if (spec.parts.credit) {
    y += 4;
    paragraph(spec.credit, 11.5, 400, INK_SOFT, 17);
  }
  if (hasFoot) y += PAD - 6;
  return { width: spec.width, height: Math.ceil(y), graph, items };
}

const BAR_AREA = 64;

/** Grouped bars per year under the legend; returns the new bottom. Bars are thick lines, so every renderer already draws them. */
function layoutBalance(b: PictureBalance, top: number, width: number, items: DrawItem[], measure: Measure): number {
  let y = top + 26;
  items.push({ t: 'text', x: PAD, y: y - 6, text: b.title, size: 12.5, weight: 600, color: INK, anchor: 'start' });
  let x = PAD + measure(b.title, 12.5, 600) + 14;
  for (const s of b.series) {
    items.push({ t: 'line', x1: x, y1: y - 10, x2: x + 12, y2: y - 10, color: s.color, width: 8, line: 'solid', arrow: false });
    items.push({ t: 'text', x: x + 16, y: y - 6, text: s.label, size: 12.5, weight: 400, color: INK, anchor: 'start' });
    x += 16 + measure(s.label, 12.5, 400) + 14;
  }
  const max = Math.max(1, ...b.years.flatMap((r) => r.counts));
  const slot = Math.min(120, (width - 2 * PAD) / b.years.length);
  const bar = Math.max(4, Math.min(18, (slot - 16) / Math.max(1, b.series.length)));
  const base = y + 14 + BAR_AREA;
  b.years.forEach((r, i) => {
    const x0 = PAD + i * slot;
    r.counts.forEach((n, k) => {
      const cx = x0 + k * (bar + 2) + bar / 2;
      const h = (n / max) * BAR_AREA;
      if (n > 0) items.push({ t: 'line', x1: cx, y1: base, x2: cx, y2: base - h, color: b.series[k]!.color, width: bar, line: 'solid', arrow: false });
      items.push({ t: 'text', x: cx - measure(String(n), 10.5, 400) / 2, y: base - h - 3, text: String(n), size: 10.5, weight: 400, color: INK_SOFT, anchor: 'start' });
    });
    items.push({ t: 'text', x: x0, y: base + 14, text: String(r.year), size: 11.5, weight: 600, color: INK, anchor: 'start' });
  });
  return base + 20;
}
