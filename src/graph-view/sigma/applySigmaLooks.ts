/**
 * Applies the view engine's change records to the graphology graph sigma
 * draws: one pass over the elements a record names (or over all of them to
 * resynchronise), each changed element's attributes replaced in one call.
 * Computes nothing about time, filters, selection or paths.
 */
import type { TielineGraph } from '../../domain/model';
import type { ViewEngine } from '../../domain/viewEngine';
import type { ViewChangeRecord } from '../../domain/viewLooks';
import { pairLineColor } from '../pairLineColor';
import { edgeAttrs, nodeAttrs, pairLineAttrs, type SigmaLookOptions } from './sigmaLooks';
import { edgeKey, nodeKey, pairKey, type SigmaGraph } from './buildSigmaGraph';

export class SigmaLookApplier {
  private lastStep = -1;

  constructor(
    private readonly model: TielineGraph,
    private readonly built: SigmaGraph,
    private readonly engine: ViewEngine,
    private options: SigmaLookOptions,
  ) {}

  /** Applies one record, or brings every element to the engine's looks (null, or a step was missed). */
  apply(record: ViewChangeRecord | null): void {
    const full = !record || record.step !== this.lastStep + 1;
    const looks = this.engine.looks;
    const { graph, heavy, pairOfEdge } = this.built;
    const o = this.options;
    const nodes = this.model.nodes;
    const edges = this.model.edges;
    const degree = this.engine.nodeDegree;
    const setNode = (i: number) => graph.mergeNodeAttributes(nodeKey(i), nodeAttrs(looks.nodes[i] ?? 0, nodes[i]!.kind, o, degree[i] ?? 0));
    const setEdge = (i: number) => {
      if (!heavy[pairOfEdge[i]!]) graph.mergeEdgeAttributes(edgeKey(i), edgeAttrs(looks.edges[i] ?? 0, edges[i]!, o));
    };
    // Records name every pair; only a heavy pair has a line of its own here, its width its count in view.
    const setPair = (p: number) => {
      if (heavy[p]) graph.mergeEdgeAttributes(pairKey(p), pairLineAttrs(looks.pairs[p] ?? 0, pairLineColor(this.engine, p), this.engine.pairCountOf(p), o));
    };
    if (full) {
      for (let i = 0; i < nodes.length; i++) setNode(i);
      for (let i = 0; i < edges.length; i++) setEdge(i);
      for (const p of this.built.heavyList) setPair(p);
    } else {
      for (const i of record.nodes.index) setNode(i);
      // Size by activity: an actor whose ties in view changed changes size with the same look.
      if (o.sized) for (const i of record.degrees) setNode(i);
      for (const i of record.edges.index) setEdge(i);
      for (const p of record.pairs.index) setPair(p);
      // A pair whose ties in view changed changes width, and may change colour (one kind, or mixed), with the same look.
      for (const p of record.pairCounts) setPair(p);
    }
    this.lastStep = this.engine.step;
  }

  /** The elements already carry the engine's looks (built at its current step): the next record applies as a step. */
  markCurrent(): void {
    this.lastStep = this.engine.step;
  }

  /** A display switch flipped (ghost ties, hide idle actors, size by activity): the same looks, drawn otherwise. */
  setOptions(next: SigmaLookOptions): void {
    const o = this.options;
    if (next.ghostOut === o.ghostOut && next.hideIdle === o.hideIdle && !next.sized === !o.sized) return;
    this.options = next;
    this.apply(null);
  }
}
