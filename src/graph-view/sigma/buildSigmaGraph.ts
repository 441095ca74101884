/**
 * The graphology graph sigma draws, built in chunks: between chunks the
 * event loop runs, so Cancel stays clickable and progress can show while
 * 100,000 interactions are added. Elements start with the engine's looks at
 * hand; attachSigmaView brings them up to date before the first draw.
 * A heavy pair's interactions are not added: its one line stands for them
 * (as in elements.ts for cytoscape).
 */
import Graph from 'graphology';
import type { TielineGraph } from '../../domain/model';
import type { ViewEngine } from '../../domain/viewEngine';
import { pairLineColor } from '../pairLineColor';
import { edgeAttrs, nodeAttrs, pairLineAttrs, type SigmaLookOptions } from './sigmaLooks';

/** Elements added between two yields: about 30 ms of work on a slow machine. */
export const CHUNK = 4000;

export const nodeKey = (i: number): string => `n${i}`;
export const edgeKey = (i: number): string => `e${i}`;
export const pairKey = (p: number): string => `p${p}`;

/** The built graph and what the view needs to map records onto it. */
export interface SigmaGraph {
  graph: Graph;
  /** Per pair of actors: 1 when its interactions are drawn as its one line. */
  heavy: Uint8Array;
  heavyList: readonly number[];
  pairOfEdge: ArrayLike<number>;
  /** Interactions the sources call planned or disputed (each drawn in its style: edgeTypes.ts). */
  uncertain: { planned: number; disputed: number };
  /** The engine's step and the options when building began: elements carry those looks if neither changed since. */
  builtAt: { step: number; options: SigmaLookOptions };
}

/** Resolves after the browser has had a turn (a macrotask: input and paint can run). */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function abortError(): Error {
  return new DOMException('Drawing was cancelled', 'AbortError');
}

/**
 * Builds the graph for `model` in chunks of `CHUNK` elements. `onProgress`
 * gets the share done (0–1). Rejects with an AbortError once `signal` aborts.
 */
export async function buildSigmaGraph(
  model: TielineGraph,
  engine: ViewEngine,
  options: SigmaLookOptions,
  signal: AbortSignal,
  onProgress: (done: number) => void = () => {},
  pause: () => Promise<void> = yieldToEventLoop,
): Promise<SigmaGraph> {
  const builtAt = { step: engine.step, options };
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  const { heavy, list } = engine.heavyPairs();
  const { pairOfEdge, ends } = engine.pairs;
  const total = model.nodes.length + model.edges.length + list.length;
  let done = 0;
  const step = async () => {
    if (++done % CHUNK !== 0) return;
    onProgress(done / total);
    await pause();
    if (signal.aborted) throw abortError();
  };
  if (signal.aborted) throw abortError();
  let looks = engine.looks;
  for (const n of model.nodes) {
    const p = n.position ?? { x: 0, y: 0 };
    // sigma's y axis points up; the file's (cytoscape's) points down.
    graph.addNode(nodeKey(n.index), { x: p.x, y: -p.y, label: n.label, ...nodeAttrs(looks.nodes[n.index] ?? 0, n.kind, options) });
    await step();
    looks = engine.looks;
  }
  const uncertain = { planned: 0, disputed: 0 };
  for (const e of model.edges) {
    if (e.status === 'planned') uncertain.planned++;
    else if (e.status === 'disputed') uncertain.disputed++;
    if (!heavy[pairOfEdge[e.index]!]) {
      // The type (line, arrow, or a styled one: planned, disputed…) comes with the look.
      graph.addDirectedEdgeWithKey(edgeKey(e.index), nodeKey(e.source), nodeKey(e.target), edgeAttrs(looks.edges[e.index] ?? 0, e, options));
    }
    await step();
    looks = engine.looks;
  }
  for (const p of list) {
    const [a, b] = ends[p]!;
    // Type 'pair': drawn with its width even where plain lines are 1 px GL lines (attachSigmaView.ts).
    const attrs = pairLineAttrs(looks.pairs[p] ?? 0, pairLineColor(engine, p), engine.pairCountOf(p), options);
    graph.addDirectedEdgeWithKey(pairKey(p), nodeKey(a), nodeKey(b), { ...attrs, type: 'pair' });
    await step();
  }
  onProgress(1);
  return { graph, heavy, heavyList: list, pairOfEdge, uncertain, builtAt };
}

/** Whether `built`'s elements still carry the engine's looks: no step and the same display options since building began. */
export function looksStillCurrent(built: SigmaGraph, engineStep: number, options: SigmaLookOptions): boolean {
  const b = built.builtAt;
  return b.step === engineStep && b.options.ghostOut === options.ghostOut && b.options.hideIdle === options.hideIdle && (b.options.lineScale ?? 1) === (options.lineScale ?? 1);
}
