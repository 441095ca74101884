/**
 * Aggregated edges and activity sizes, kept up to date on every step from the
 * visible set's changes (O(changes)), and shown or hidden by class when the
 * person flips a switch. The per-pair edges are added once, the first time
 * "Merge repeats" is turned on (see buildPairElements); never on a step.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import type { ViewChange, VisibleSet } from '../domain/visibleSet';
import { buildPairElements, pairsOf } from './elements';
import { EDGE_KIND_INFO } from '../domain/vocabulary';

/** A merged line of ties of more than one kind (the legend says so). */
export const MIXED_COLOR = '#5b6675';

/** Node diameter for a number of interactions in view. */
export function activitySize(degree: number): number {
  return Math.min(90, 16 + 9 * Math.sqrt(degree));
}

export class AggregateView {
  readonly pairOfEdge: Int32Array;
  readonly counts: Int32Array;
  private pairEls: EdgeSingular[] | null = null;
  private aggregate = false;
  private sized = false;

  constructor(
    private readonly edgeEls: EdgeSingular[],
    private readonly nodeEls: NodeSingular[],
    private readonly visible: VisibleSet,
    private readonly cy: Core,
    private readonly graph: TielineGraph,
  ) {
    const { pairOfEdge, pairCount } = pairsOf(graph);
    this.pairOfEdge = pairOfEdge;
    this.counts = new Int32Array(pairCount);
    // The visible set may already be in view (elements built for the state at hand): count from there.
    visible.edgeVisible.forEach((on, i) => {
      if (on) this.counts[pairOfEdge[i]!]!++;
    });
  }

  private pairElements(): EdgeSingular[] {
    this.pairEls ??= this.cy.add(buildPairElements(this.graph)).toArray() as EdgeSingular[];
    return this.pairEls;
  }

  /** Call inside `cy.batch()` after the visible set moved. */
  applyChange(change: ViewChange): void {
    const touched = new Set<number>();
    for (const i of change.shownEdges) {
      const p = this.pairOfEdge[i]!;
      this.counts[p]!++;
      touched.add(p);
    }
    for (const i of change.hiddenEdges) {
      const p = this.pairOfEdge[i]!;
      this.counts[p]!--;
      touched.add(p);
    }
    if (this.aggregate) for (const p of touched) this.showPair(p);
    if (this.sized) {
      const nodes = new Set<number>();
      for (const el of [...change.shownEdges, ...change.hiddenEdges]) {
        nodes.add(this.edgeEls[el]!.source().data('index') as number);
        nodes.add(this.edgeEls[el]!.target().data('index') as number);
      }
      for (const n of nodes) this.nodeEls[n]!.data('size', activitySize(this.visible.nodeDegree[n]!));
    }
  }

  private showPair(p: number): void {
    const el = this.pairElements()[p]!;
    const n = this.counts[p]!;
    el.data({ count: n, countLabel: n > 1 ? String(n) : '', color: this.colorOf(p) });
    if (n > 0) el.removeClass('agg-off');
    else el.addClass('agg-off');
  }

  /** The kind's colour when every tie of the pair in view shares one kind, else the mixed grey. */
  private colorOf(p: number): string {
    this.edgesOfPair ??= this.groupByPair();
    let kind: string | null = null;
    for (const i of this.edgesOfPair[p] ?? []) {
      if (!this.visible.edgeVisible[i]) continue;
      const k = this.graph.edges[i]!.kind;
      if (kind === null) kind = k;
      else if (kind !== k) return MIXED_COLOR;
    }
    return kind === null ? MIXED_COLOR : EDGE_KIND_INFO[kind as keyof typeof EDGE_KIND_INFO].color;
  }

  private edgesOfPair: number[][] | null = null;

  private groupByPair(): number[][] {
    const out: number[][] = Array.from({ length: this.counts.length }, () => []);
    this.pairOfEdge.forEach((p, i) => out[p]!.push(i));
    return out;
  }

  /** Call inside `cy.batch()`: a full pass, as switches flip rarely. */
  setAggregate(on: boolean): void {
    this.aggregate = on;
    for (const el of this.edgeEls) {
      if (on) el.addClass('in-pair');
      else el.removeClass('in-pair');
    }
    if (on) this.pairElements().forEach((_, p) => this.showPair(p));
    else this.pairEls?.forEach((el) => el.addClass('agg-off'));
  }

  /** Call inside `cy.batch()`. */
  setSized(on: boolean): void {
    this.sized = on;
    this.nodeEls.forEach((el, n) => {
      if (on) el.data('size', activitySize(this.visible.nodeDegree[n]!)).addClass('sized');
      else el.removeClass('sized');
    });
  }
}
