/**
 * Aggregated edges and activity sizes, kept up to date on every step from the
 * visible set's changes (O(changes)), and shown or hidden by class when the
 * person flips a switch. The per-pair edges are added once, the first time
 * "Merge repeats" is turned on (see buildPairElements); never on a step.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { TielineGraph } from '../domain/model';
import type { ViewChange, VisibleSet } from '../domain/visibleSet';
import { buildPairElements, heavyPairsOf, pairElementId, pairsOf } from './elements';

/** Node diameter for a number of interactions in view. */
export function activitySize(degree: number): number {
  return Math.min(90, 16 + 9 * Math.sqrt(degree));
}

export class AggregateView {
  readonly pairOfEdge: Int32Array;
  readonly counts: Int32Array;
  /** Pairs drawn merged whatever the switch says (see MAX_PARALLEL_EDGES): their lines exist from the start. */
  private readonly heavy: Uint8Array;
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
    const pairs = pairsOf(graph);
    const { pairOfEdge, pairCount } = pairs;
    this.pairOfEdge = pairOfEdge;
    this.heavy = heavyPairsOf(graph, pairs).heavy;
    this.counts = new Int32Array(pairCount);
    // The visible set may already be in view (elements built for the state at hand): count from there.
    visible.edgeVisible.forEach((on, i) => {
      if (on) this.counts[pairOfEdge[i]!]!++;
    });
  }

  private pairElements(): EdgeSingular[] {
    if (!this.pairEls) {
      this.cy.add(buildPairElements(this.graph, this.heavy));
      this.pairEls = Array.from(this.counts, (_, p) => this.pairEl(p));
    }
    return this.pairEls;
  }

  private pairEl(p: number): EdgeSingular {
    return this.pairEls?.[p] ?? (this.cy.getElementById(pairElementId(p)) as EdgeSingular);
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
    for (const p of touched) if (this.aggregate || this.heavy[p]) this.showPair(p);
    if (this.sized) {
      const nodes = new Set<number>();
      for (const el of [...change.shownEdges, ...change.hiddenEdges]) {
        nodes.add(this.graph.edges[el]!.source);
        nodes.add(this.graph.edges[el]!.target);
      }
      for (const n of nodes) this.nodeEls[n]!.data('size', activitySize(this.visible.nodeDegree[n]!));
    }
  }

  private showPair(p: number): void {
    const el = this.heavy[p] ? this.pairEl(p) : this.pairElements()[p]!;
    const n = this.counts[p]!;
    el.data({ count: n, countLabel: n > 1 ? String(n) : '' });
    if (n > 0) el.removeClass('agg-off');
    else el.addClass('agg-off');
  }

  /** Call inside `cy.batch()`: a full pass, as switches flip rarely. */
  setAggregate(on: boolean): void {
    this.aggregate = on;
    for (const el of this.edgeEls) {
      if (on) el.addClass('in-pair');
      else el.removeClass('in-pair');
    }
    if (on) this.pairElements().forEach((_, p) => this.showPair(p));
    else this.pairEls?.forEach((el, p) => (this.heavy[p] ? undefined : el.addClass('agg-off')));
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
