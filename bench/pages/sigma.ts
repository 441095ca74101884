/**
 * sigma.js (WebGL, graphology), the fastest web peer: every node and edge is
 * added once, and a step flips the `hidden` attribute of the edges that
 * changed (and the colour of actors that became idle or active). To compare
 * renderers, not diff algorithms, it applies the change records of the same
 * view engine as Tieline (src/domain/viewEngine.ts): the engine is renderer
 * neutral, and this is its second renderer. Apply time is the attribute
 * updates; sigma re-processes and draws on its next animation frame.
 */
import Graph from 'graphology';
import Sigma from 'sigma';
import type { GraphFile } from '../../src/data/schema';
import { toModel } from '../../src/data/toModel';
import { buildTimeIndex } from '../../src/domain/timeIndex';
import type { TimeMode } from '../../src/domain/timeView';
import { NO_FILTER } from '../../src/domain/filters';
import { ViewEngine } from '../../src/domain/viewEngine';
import { SHOWN } from '../../src/domain/viewLooks';
import { EDGE_KIND_INFO, NODE_KIND_INFO } from '../../src/domain/vocabulary';
import { fetchText, graphUrl, installBench, markPaintedOnce, whenMarked, type Contender } from './common';
import './page.css';

const MARK = 'bench:graph-painted';
const WINDOW = { amount: 3, unit: 'month' } as const;
const NODE_SIZE = { country: 6, person: 3.5, institution: 4.5 } as const;

/** `hex` at `alpha` over white, as an opaque colour (Tieline's idle actors are at 0.28 opacity). */
function fade(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * alpha + 255 * (1 - alpha));
  return `rgb(${mix((n >> 16) & 255)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}

installBench(async (): Promise<Contender> => {
  const text = await fetchText(graphUrl());
  const model = toModel(JSON.parse(text) as GraphFile);
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  for (const n of model.nodes) {
    const p = n.position ?? { x: 0, y: 0 };
    graph.addNode(`n${n.index}`, {
      x: p.x,
      y: -p.y, // sigma's y axis points up
      size: NODE_SIZE[n.kind],
      label: n.label,
      color: fade(NODE_KIND_INFO[n.kind].color, 0.28),
    });
  }
  for (const e of model.edges) {
    graph.addDirectedEdgeWithKey(`e${e.index}`, `n${e.source}`, `n${e.target}`, {
      color: EDGE_KIND_INFO[e.kind].color,
      size: 1.5,
      type: e.directed ? 'arrow' : 'line',
      hidden: true,
    });
  }
  const nodeKeys = model.nodes.map((n) => `n${n.index}`);
  const edgeKeys = model.edges.map((e) => `e${e.index}`);
  const activeColor = model.nodes.map((n) => NODE_KIND_INFO[n.kind].color);
  const idleColor = model.nodes.map((n) => fade(NODE_KIND_INFO[n.kind].color, 0.28));
  const engine = new ViewEngine();
  const timeIndex = buildTimeIndex(model.edges);
  let day = model.defaultRange.last;
  let mode: TimeMode = 'cumulative';
  engine.subscribe((r) => {
    r.edges.index.forEach((i, k) => {
      if ((r.edges.was[k]! ^ r.edges.now[k]!) & SHOWN) graph.setEdgeAttribute(edgeKeys[i]!, 'hidden', !(r.edges.now[k]! & SHOWN));
    });
    r.nodes.index.forEach((n, k) => {
      if ((r.nodes.was[k]! ^ r.nodes.now[k]!) & SHOWN) graph.setNodeAttribute(nodeKeys[n]!, 'color', r.nodes.now[k]! & SHOWN ? activeColor[n]! : idleColor[n]!);
    });
  });

  const apply = () => {
    engine.update({ graph: model, timeIndex, day, mode, window: WINDOW, filter: NO_FILTER, selection: null, focus: null, pathQuery: null, replaySpeed: null });
  };
  apply();
  const container = document.getElementById('root')!;
  new Sigma(graph, container, { labelFont: 'DejaVu Sans, sans-serif', labelSize: 12 });
  markPaintedOnce(MARK);
  await whenMarked(MARK);
  return {
    paintedMark: MARK,
    range: model.defaultRange,
    nodes: model.nodes.length,
    edges: model.edges.length,
    setDay: (d) => {
      const next = Math.min(model.defaultRange.last, Math.max(model.defaultRange.first, Math.round(d)));
      if (next === day) return;
      day = next;
      apply();
    },
    setMode: (m) => {
      mode = m;
      apply();
    },
    setPlaying: () => undefined,
    visibleEdges: () => engine.ties,
  };
});
