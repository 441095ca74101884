/**
 * The sigma.js (WebGL) graph view for large graphs: the counterpart of
 * attachGraphView.ts for cytoscape. The engine decides every element's
 * look; this applies each change record (SigmaLookApplier), turns clicks
 * into the same store actions as cytoscape's pointer code, shows a pointer
 * over what can be clicked, and fits on request. One Sigma per call; every
 * listener added here is removed by `detach`, which also kills the renderer.
 */
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, type EdgeProgramType } from 'sigma/rendering';
import type { Camera } from '../../domain/camera';
import type { TielineStore } from '../../store/createTielineStore';
import { MAX_PICKABLE_EDGES } from '../../domain/drawingScale';
import { SigmaLookApplier } from './applySigmaLooks';
import { edgeKey, looksStillCurrent, nodeKey, pairKey, yieldToEventLoop, type SigmaGraph } from './buildSigmaGraph';
import { styledEdgeProgramClasses } from './edgePrograms';
import { batched, ProgressiveSigma } from './progressiveSigma';
import { readSigmaCamera, attachSigmaCamera } from './sigmaCamera';
import { attachSigmaKeyboard } from './sigmaKeyboard';
import { lineScaleFor } from './sigmaLooks';

export interface SigmaViewHandle {
  /**
   * Indexes and draws the graph (in chunks and over frames, so Cancel stays
   * live); resolves once every line is drawn. Call once, right after attaching.
   */
  firstDraw(signal: AbortSignal, onProgress?: (share: number) => void): Promise<void>;
  detach(): void;
  /** Screen position of an actor relative to the container, for tests (as GraphViewHandle's). */
  renderedPositionOf(nodeId: string): { x: number; y: number } | null;
  /** How many lines are drawn now (not hidden), for tests. */
  drawnEdgeCount(): number;
  /** The actors' ids, in the file's order, for tests. */
  nodeIds(): string[];
  /** The number of actors in the renderer's graph. */
  nodeCount(): number;
  /**
   * For tests: redraws everything with a first batch of `batch` lines (later
   * batches as learnt) and resolves with the edge canvas as a data URL, so a
   * picture drawn over many frames can be compared with one drawn at once.
   */
  edgePicture(batch: number): Promise<string>;
  /** The edge type (so the WebGL program) drawing an interaction's line, or null when it has none (a heavy pair's, drawn by type 'pair'), for tests. */
  edgeTypeOf(edgeId: string): string | null;
  /** The one line standing for a heavy pair's interaction `edgeId` (its type, width and whether hidden), or null when its pair has none, for tests. */
  pairLineOf(edgeId: string): { type: string; size: number; hidden: boolean } | null;
  /** Whether sigma has a program for every edge type in use, for tests. */
  programsFor(types: readonly string[]): boolean;
  /** The camera as a link writes it, and sigma's own state, for tests. */
  camera(): { link: Camera; ratio: number; x: number; y: number };
}

const SETTINGS = {
  labelFont: 'DejaVu Sans, system-ui, sans-serif',
  labelSize: 12,
  labelRenderedSizeThreshold: 8,
  zIndex: true,
  minCameraRatio: 0.05,
  maxCameraRatio: 10,
};

/**
 * Draws the built graph in `container` and keeps it on the store's view.
 * `announce` speaks keyboard moves (the graph's live region).
 */
export function attachSigmaView(
  container: HTMLElement,
  built: SigmaGraph,
  store: TielineStore,
  reducedMotion: () => boolean,
  announce: (text: string) => void = () => {},
): SigmaViewHandle {
  const { graph: model, engine } = store.getState();
  if (!model || engine.graph !== model) throw new Error('attachSigmaView needs a loaded graph');
  const lineScale = lineScaleFor(model.edges.length);
  const optionsOf = (s: { ghostOut: boolean; hideIdle: boolean; sizeByActivity: boolean }) => ({ ghostOut: s.ghostOut, hideIdle: s.hideIdle, lineScale, sized: s.sizeByActivity });
  const looks = new SigmaLookApplier(model, built, engine, optionsOf(store.getState()));
  // The engine may have moved on while the graph was built (a full pass: 100,000 elements are 0.1–0.2 s).
  if (looksStillCurrent(built, engine.step, optionsOf(store.getState()))) looks.markCurrent();
  else looks.apply(null);
  const dense = built.graph.size > MAX_PICKABLE_EDGES;
  // A dense graph draws its plain lines as 1 px GL lines (no arrow heads, no thickness): a fraction of the fill.
  // Planned, disputed and possible ties keep their styled programs there too: few, and they must read as such.
  // Every program draws in batches over frames (progressiveSigma.ts); a compound's parts are batched one by one.
  // A heavy pair's line ('pair') keeps its width, its count in view, in a dense graph too: one line per 65 interactions or more.
  const plain: Record<string, EdgeProgramType> = dense ? { line: EdgeLineProgram, arrow: EdgeLineProgram } : { line: EdgeRectangleProgram, arrow: EdgeArrowProgram };
  const edgeProgramClasses: Record<string, EdgeProgramType> = { ...styledEdgeProgramClasses(batched), ...plain, pair: EdgeRectangleProgram };
  const renderer = ProgressiveSigma.create(built.graph, container, { ...SETTINGS, edgeProgramClasses, enableEdgeEvents: !dense });

  const indexOf = (key: string) => Number(key.slice(1));
  renderer.on('clickNode', ({ node }) => {
    const n = model.nodes[indexOf(node)];
    if (n) store.getState().select({ kind: 'node', id: n.id });
  });
  renderer.on('clickEdge', ({ edge }) => {
    if (edge.startsWith('p')) {
      const [a, b] = engine.pairs.ends[indexOf(edge)]!;
      store.getState().select({ kind: 'pair', id: `${model.nodes[a]!.id} ${model.nodes[b]!.id}` });
      return;
    }
    const e = model.edges[indexOf(edge)];
    if (e) store.getState().select({ kind: 'edge', id: e.id });
  });
  renderer.on('clickStage', () => store.getState().select(null));
  const pointer = () => (container.style.cursor = 'pointer');
  const noPointer = () => (container.style.cursor = '');
  renderer.on('enterNode', pointer);
  renderer.on('leaveNode', noPointer);
  renderer.on('enterEdge', pointer);
  renderer.on('leaveEdge', noPointer);

  // Panels open and close beside the graph: sigma learns its container's size from here.
  let size = `${container.clientWidth}x${container.clientHeight}`;
  const resize = new ResizeObserver(() => {
    // The first call reports the size sigma was made at: a refresh then would redo the whole first frame.
    const now = `${container.clientWidth}x${container.clientHeight}`;
    if (now === size) return;
    size = now;
    renderer.refresh();
  });
  resize.observe(container);

  const unsubscribeEngine = engine.subscribe((record) => {
    if (engine.graph === model) looks.apply(record);
  });
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== model) return; // a new graph mounts a new view
    if (s.hideIdle !== prev.hideIdle || s.ghostOut !== prev.ghostOut || s.sizeByActivity !== prev.sizeByActivity) looks.setOptions(optionsOf(s));
  });
  // Fit, zoom buttons, centring and the camera in links (sigmaCamera.ts); arrow keys and Enter (sigmaKeyboard.ts).
  const camera = attachSigmaCamera(renderer, model, built, store, reducedMotion);
  const focusable = container.closest<HTMLElement>('.graph-canvas');
  const detachKeyboard = focusable ? attachSigmaKeyboard(renderer, model, built, engine.pairs.ends, store, focusable, announce) : () => {};

  return {
    async firstDraw(signal, onProgress) {
      await renderer.firstDraw(signal, yieldToEventLoop, onProgress);
      camera.afterFirstDraw(); // a link's camera needs the graph's frame, known once drawn
    },
    detach() {
      detachKeyboard();
      camera.detach();
      unsubscribeEngine();
      unsubscribe();
      resize.disconnect();
      renderer.removeAllListeners();
      renderer.kill();
      container.style.cursor = '';
    },
    renderedPositionOf(nodeId) {
      const i = model.nodeIndex.get(nodeId);
      if (i === undefined) return null;
      const a = built.graph.getNodeAttributes(nodeKey(i));
      const p = renderer.graphToViewport({ x: a.x as number, y: a.y as number });
      return { x: p.x, y: p.y };
    },
    drawnEdgeCount: () => built.graph.filterEdges((_, a) => !a.hidden).length,
    nodeIds: () => model.nodes.map((n) => n.id),
    nodeCount: () => built.graph.order,
    async edgePicture(batch) {
      await renderer.redrawAll(batch);
      return container.querySelector<HTMLCanvasElement>('canvas.sigma-edges')?.toDataURL() ?? '';
    },
    edgeTypeOf(edgeId) {
      const i = model.edgeIndex.get(edgeId);
      const key = i === undefined ? '' : edgeKey(i);
      return built.graph.hasEdge(key) ? (built.graph.getEdgeAttribute(key, 'type') as string) : null;
    },
    pairLineOf(edgeId) {
      const i = model.edgeIndex.get(edgeId);
      const key = i === undefined ? '' : pairKey(built.pairOfEdge[i]!);
      if (!built.graph.hasEdge(key)) return null;
      const a = built.graph.getEdgeAttributes(key);
      return { type: a.type as string, size: a.size as number, hidden: a.hidden as boolean };
    },
    programsFor: (types) => types.every((t) => Object.hasOwn(edgeProgramClasses, t) || t === 'line' || t === 'arrow'),
    camera() {
      const state = renderer.getCamera().getState();
      return { link: readSigmaCamera(renderer, model, built), ratio: state.ratio, x: state.x, y: state.y };
    },
  };
}
