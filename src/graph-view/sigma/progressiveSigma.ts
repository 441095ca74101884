/**
 * sigma.js, made to draw a large graph without one long task:
 * - the first indexation (sigma's per-element caches) runs in chunks with a
 *   turn of the event loop between them, instead of inside the constructor;
 * - edges are drawn over as many frames as they need (EdgeBatcher): the edge
 *   canvas keeps its pixels between frames, each frame draws the next items
 *   of each program's buffer, in the buffer's order, so the finished picture
 *   is the one a single draw makes. A full render (time step, camera move)
 *   clears it and starts over.
 * Read sigma's Sigma.render/refresh and Program.render/drawWebGL (v3) before
 * changing this: it overrides those and calls sigma's addNode/addEdge.
 */
import Sigma from 'sigma';
import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeArrowProgram, EdgeClampedProgram, EdgeRectangleProgram, Program, type EdgeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { RenderParams } from 'sigma/types';
import type Graph from 'graphology';
import { EdgeBatcher, type BatchedDrawing } from './edgeBatcher';

const batchers = new WeakMap<object, EdgeBatcher>();
/** The renderer's batcher (made on first use: programs ask for it while sigma's constructor runs). */
export function batcherOf(renderer: object): EdgeBatcher {
  let b = batchers.get(renderer);
  if (!b) batchers.set(renderer, (b = new EdgeBatcher()));
  return b;
}

type ProgramInfo = Program['normalProgram'];
/** Any concrete program class (typed as one of sigma's, to inherit its concrete members). */
type ProgramClass = typeof EdgeRectangleProgram;

/** Programs `batched` made: wrapping one again would make its render call itself. */
const batchedClasses = new WeakSet<EdgeProgramType>();

/** `Base` drawing its items in batches, as its renderer's batcher allows. Compound programs and batched ones come back unchanged. */
export function batched(Base: EdgeProgramType): EdgeProgramType {
  if (!(Base.prototype instanceof Program) || batchedClasses.has(Base)) return Base;
  const P = Base as unknown as ProgramClass;
  class Batched extends P implements BatchedDrawing {
    drawn = 0;
    private from = 0;
    private count = 0;
    private params: RenderParams | null = null;
    get total(): number {
      return this.capacity;
    }
    override render(params: RenderParams): void {
      this.params = params;
      this.drawn = 0;
      this.step();
    }
    drawMore(): void {
      if (this.params) this.step();
    }
    private step(): void {
      const b = batcherOf(this.renderer);
      b.register(this);
      if (this.hasNothingToRender()) return;
      this.from = this.drawn;
      this.count = b.take(this.capacity - this.drawn);
      if (this.count > 0) {
        super.render(this.params!);
        this.drawn += this.count;
      }
      if (this.drawn < this.capacity) b.defer(this);
    }
    protected override bindAttribute(attr: Parameters<Program['bindAttribute']>[0], program: ProgramInfo, offset: number, setDivisor?: boolean): number {
      // An instanced program reads each item's attributes from the batch's first item on.
      const base = this.isInstanced && setDivisor ? this.from * this.ATTRIBUTES_ITEMS_COUNT * Float32Array.BYTES_PER_ELEMENT : 0;
      return super.bindAttribute(attr, program, offset + base, setDivisor);
    }
    override drawWebGL(method: number, { gl, frameBuffer }: ProgramInfo): void {
      gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
      if (!this.isInstanced) gl.drawArrays(method, this.from * this.VERTICES, this.count * this.VERTICES);
      else if (gl instanceof WebGL2RenderingContext) gl.drawArraysInstanced(method, 0, this.VERTICES, this.count);
      else gl.getExtension('ANGLE_instanced_arrays')?.drawArraysInstancedANGLE(method, 0, this.VERTICES, this.count);
    }
  }
  batchedClasses.add(Batched as unknown as EdgeProgramType);
  return Batched as unknown as EdgeProgramType;
}

/** sigma's default edge programs, or `classes`, drawing in batches (sigma's arrow is a compound: its parts are batched). */
export function batchedPrograms(classes: Record<string, EdgeProgramType> = { line: EdgeRectangleProgram, arrow: EdgeArrowProgram }): Record<string, EdgeProgramType> {
  const arrow = createEdgeCompoundProgram([batched(EdgeClampedProgram), batched(EdgeArrowHeadProgram)]);
  return Object.fromEntries(Object.entries(classes).map(([type, P]) => [type, P === EdgeArrowProgram ? arrow : batched(P)]));
}

/** sigma's members this file uses that its types keep private. */
interface SigmaInternals {
  addNode(key: string): void;
  addEdge(key: string): void;
  render(): unknown;
}

/** Set while sigma's constructor runs: its first refresh would index and draw everything in one task. */
let constructing = false;

export class ProgressiveSigma extends Sigma {
  private indexing = true;

  private constructor(graph: Graph, container: HTMLElement, settings: Partial<Settings>) {
    super(graph, container, settings);
    // sigma's render is private in its types: wrapped on the instance (its scheduled renders call this.render()).
    const internals = this as unknown as SigmaInternals;
    const render = internals.render.bind(this);
    internals.render = () => {
      if (this.indexing) return this;
      const batcher = batcherOf(this);
      batcher.startRender();
      render();
      batcher.endRender();
      return this;
    };
  }

  /** A renderer that has indexed and drawn nothing yet: call `firstDraw`. */
  static create(graph: Graph, container: HTMLElement, settings: Partial<Settings>): ProgressiveSigma {
    constructing = true;
    try {
      return new ProgressiveSigma(graph, container, { ...settings, edgeProgramClasses: batchedPrograms(settings.edgeProgramClasses) });
    } finally {
      constructing = false;
    }
  }

  override createWebGLContext(id: string, options: Parameters<Sigma['createWebGLContext']>[1] = {}): WebGLRenderingContext {
    // The edge canvas keeps its pixels between frames: each frame adds a batch (EdgeBatcher).
    return super.createWebGLContext(id, id === 'edges' ? { ...options, preserveDrawingBuffer: true } : options);
  }

  /**
   * Indexes the graph in chunks of `chunk` elements, a `pause` between
   * chunks, then draws it over as many frames as it takes. Resolves once
   * every edge is drawn; rejects with an AbortError when `signal` aborts.
   */
  async firstDraw(signal: AbortSignal, pause: () => Promise<void>, onProgress: (share: number) => void = () => {}, chunk = 8000): Promise<void> {
    const self = this as unknown as SigmaInternals;
    const graph = this.getGraph();
    const nodes = graph.nodes();
    const edges = graph.edges();
    const total = nodes.length + edges.length;
    const check = async (done: number) => {
      onProgress((0.5 * done) / Math.max(1, total));
      await pause();
      if (signal.aborted) throw new DOMException('Drawing was cancelled', 'AbortError');
    };
    for (let i = 0; i < nodes.length; i++) {
      self.addNode(nodes[i]!);
      if ((i + 1) % chunk === 0) await check(i + 1);
    }
    for (let i = 0; i < edges.length; i++) {
      self.addEdge(edges[i]!);
      if ((i + 1) % chunk === 0) await check(nodes.length + i + 1);
    }
    await check(total);
    const batcher = batcherOf(this);
    batcher.onProgress = (share) => onProgress(0.5 + 0.5 * share);
    this.indexing = false;
    // A partial refresh of nothing: sigma processes (positions, label grid, buffers) and renders once.
    super.refresh({ partialGraph: { nodes: [], edges: [] } });
    await batcher.whenComplete();
    batcher.onProgress = () => {};
    if (signal.aborted) throw new DOMException('Drawing was cancelled', 'AbortError');
  }

  /** Redraws every line, the first frame drawing `firstBatch` of them; resolves once all are drawn. */
  async redrawAll(firstBatch: number): Promise<void> {
    const batcher = batcherOf(this);
    batcher.perFrame = firstBatch;
    super.refresh({ partialGraph: { nodes: [], edges: [] } });
    await batcher.whenComplete();
  }

  override refresh(opts?: Parameters<Sigma['refresh']>[0]): this {
    // While indexing, a full refresh would do it all at once; firstDraw renders when done.
    if (constructing || (this.indexing && !opts?.partialGraph)) return this;
    return super.refresh(opts);
  }

  override kill(): void {
    batcherOf(this).stop();
    super.kill();
  }
}
