// Measures a drawn graph for `npm run picture-check` and the browser tests:
// actors on screen, smallest label, label overlaps, labels over actors, lines
// through actors. Pure functions over the read-only geometry the graph view
// hands out (window.__tieline.view.geometry(), src/graph-view/readGeometry.ts).
import type { Page } from 'playwright-core';
import type { Box, GraphGeometry, NodeGeometry } from '../../src/graph-view/readGeometry';

export interface PictureFigures {
  /** Actors with a tie in view whose body and label are on screen, not covered by a control. */
  onScreen: number;
  inView: number;
  /** Smallest label of an actor in view, in CSS px on screen. */
  smallestLabelPx: number;
  /** The smallest label as a share of the graph area's width (what a 1× export of the view keeps), in %. */
  smallestLabelPct: number;
  labelOverlaps: string[];
  labelsOverActors: string[];
  linesThroughActors: string[];
  /** Lines that cross the label of an actor that is not one of their ends (reported, not asserted: the label keeps a white outline). */
  linesThroughLabels: string[];
  linesDrawn: number;
  /** The actors in view that are not on screen. */
  offScreen: string[];
  /** The default exported picture at 1×: its graph area's width, its smallest label (px and % of that width), its actors. */
  picture?: { width: number; smallestLabelPx: number; smallestLabelPct: number; actors: number };
  /** Share of the screen's height not given to the graph (header, legend, controls), in %. */
  controlsPct?: number;
  /** Controls cut off at the side: elements whose content is wider than they are and scroll, or the page scrolling sideways. */
  sidewaysScroll?: string[];
}

/** Boxes overlap by more than `slack` px both ways. */
export function overlaps(a: Box, b: Box, slack = 0.5): boolean {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > slack && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > slack;
}

const inside = (b: Box, w: number, h: number) => b.x1 >= -0.5 && b.y1 >= -0.5 && b.x2 <= w + 0.5 && b.y2 <= h + 0.5;

/** A line passes through an actor when a point of it lies inside the actor's body (an ellipse-ish box, 1 px in). */
function crosses(points: { x: number; y: number }[], n: NodeGeometry): boolean {
  const cx = (n.body.x1 + n.body.x2) / 2;
  const cy = (n.body.y1 + n.body.y2) / 2;
  const rx = (n.body.x2 - n.body.x1) / 2 - 1;
  const ry = (n.body.y2 - n.body.y1) / 2 - 1;
  if (rx <= 0 || ry <= 0) return false;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    // Sub-sample each segment: the body may be smaller than a segment.
    for (let k = 0; k <= 4; k++) {
      const x = a.x + ((b.x - a.x) * k) / 4;
      const y = a.y + ((b.y - a.y) * k) / 4;
      if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 < 1) return true;
    }
  }
  return false;
}

/** A line passes through a box when a sampled point of it lies inside the box, 1 px in. */
function crossesBox(points: { x: number; y: number }[], b: Box): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const c = points[i]!;
    for (let k = 0; k <= 8; k++) {
      const x = a.x + ((c.x - a.x) * k) / 8;
      const y = a.y + ((c.y - a.y) * k) / 8;
      if (x > b.x1 + 1 && x < b.x2 - 1 && y > b.y1 + 1 && y < b.y2 - 1) return true;
    }
  }
  return false;
}

/** Figures for one geometry; `covered` lists actors whose centre is under a control (measured in the page). */
export function measureGeometry(g: GraphGeometry, covered: ReadonlySet<string> = new Set()): PictureFigures {
  const drawn = g.nodes.filter((n) => n.drawn);
  const inView = drawn.filter((n) => n.inView);
  const name = (n: NodeGeometry) => n.label || n.id;
  const offScreen = inView.filter((n) => covered.has(n.id) || !inside(n.body, g.width, g.height) || (n.labelBox !== null && !inside(n.labelBox, g.width, g.height)));
  const labelOverlaps: string[] = [];
  const labelsOverActors: string[] = [];
  for (let i = 0; i < drawn.length; i++) {
    const a = drawn[i]!;
    for (let j = 0; j < drawn.length; j++) {
      const b = drawn[j]!;
      if (i === j) continue;
      if (j > i && a.labelBox && b.labelBox && overlaps(a.labelBox, b.labelBox)) labelOverlaps.push(`${name(a)} / ${name(b)}`);
      if (a.labelBox && overlaps(a.labelBox, b.body, 1)) labelsOverActors.push(`label ${name(a)} over ${name(b)}`);
    }
  }
  const linesThroughActors: string[] = [];
  const drawnEdges = g.edges.filter((e) => e.drawn);
  for (const e of drawnEdges) {
    const hit = drawn.find((n) => n.id !== e.source && n.id !== e.target && crosses(e.points, n));
    if (hit) linesThroughActors.push(`${e.id} (${e.source}–${e.target}) through ${name(hit)}`);
  }
  const linesThroughLabels: string[] = [];
  for (const e of drawnEdges) {
    const hit = drawn.find((n) => n.id !== e.source && n.id !== e.target && n.labelBox !== null && crossesBox(e.points, n.labelBox));
    if (hit) linesThroughLabels.push(`${e.id} (${e.source}–${e.target}) through the label of ${name(hit)}`);
  }
  const smallest = inView.length ? Math.min(...inView.map((n) => n.fontPx)) : 0;
  return {
    linesThroughLabels,
    onScreen: inView.length - offScreen.length,
    inView: inView.length,
    smallestLabelPx: Math.round(smallest * 10) / 10,
    smallestLabelPct: Math.round((smallest / Math.max(1, g.width)) * 1000) / 10,
    labelOverlaps,
    labelsOverActors,
    linesThroughActors,
    linesDrawn: drawnEdges.length,
    offScreen: offScreen.map(name),
  };
}

/** Reads the geometry in the page and which actors sit under a control (a panel or toolbar over the graph). */
export async function measurePage(page: Page): Promise<PictureFigures> {
  const { geometry, covered, picture, controls, sideways } = await page.evaluate(() => {
    const t = window.__tieline!;
    const g = t.view.geometry();
    const picture = t.view.pictureGeometry();
    const host = t.cy.container()!;
    const rect = host.getBoundingClientRect();
    const covered: string[] = [];
    for (const n of g.nodes) {
      if (!n.inView) continue;
      const x = rect.left + (n.body.x1 + n.body.x2) / 2;
      const y = rect.top + (n.body.y1 + n.body.y2) / 2;
      const top = document.elementFromPoint(x, y);
      if (top && !host.contains(top)) covered.push(n.id);
    }
    const sideways: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth + 1) sideways.push('page');
    for (const el of document.querySelectorAll<HTMLElement>('header *, footer *')) {
      const style = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 && /(auto|scroll)/.test(style.overflowX)) sideways.push(el.className || el.tagName);
    }
    return { geometry: g, covered, picture, controls: 100 * (1 - rect.height / innerHeight), sideways };
  });
  return {
    ...measureGeometry(geometry, new Set(covered)),
    picture: {
      width: picture.width,
      smallestLabelPx: Math.round(picture.smallestLabelPx * 10) / 10,
      smallestLabelPct: Math.round((picture.smallestLabelPx / picture.width) * 1000) / 10,
      actors: picture.actors,
    },
    controlsPct: Math.round(controls),
    sidewaysScroll: sideways,
  };
}

/** The moments, as links. */
export const MOMENTS: { name: string; path: string }[] = [
  { name: 'default', path: '' },
  { name: 'to-2022-03-31', path: '?date=2022-03-31' },
  { name: 'window-12m-2024-12-31', path: '?date=2024-12-31&mode=window&window=12m' },
  { name: 'to-2025-12-31', path: '?date=2025-12-31' },
];
