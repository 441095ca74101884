/**
 * Merged pairs and activity sizes in the picture. The counts and looks come
 * from the view engine; this applies them. The per-pair edges are added
 * once, the first time "Merge repeats" is turned on (see buildPairElements);
 * never on a step.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ViewEngine } from '../domain/viewEngine';
import type { ViewChangeRecord } from '../domain/viewLooks';
import { EDGE_KIND_INFO, type EdgeKind } from '../domain/vocabulary';
import { buildPairElements, MIXED_COLOR } from './elements';
import { applyLooks, type LookOptions } from './lookClasses';

/** Node diameter for a number of ties in view. */
export function activitySize(degree: number): number {
  return Math.min(90, 16 + 9 * Math.sqrt(degree));
}

export class AggregateView {
  private pairEls: EdgeSingular[] | null = null;
  /** Looks the pair elements carry (all off while merging is off). */
  private applied = new Uint16Array(0);
  private aggregate = false;
  private sized = false;

  constructor(
    private readonly cy: Core,
    private readonly engine: ViewEngine,
    private readonly edgeEls: EdgeSingular[],
    private readonly nodeEls: NodeSingular[],
    private readonly options: () => LookOptions,
  ) {}

  private pairElements(): EdgeSingular[] {
    if (!this.pairEls) {
      this.pairEls = this.cy.add(buildPairElements(this.engine.pairs.ends)).toArray() as EdgeSingular[];
      this.applied = new Uint16Array(this.pairEls.length);
    }
    return this.pairEls;
  }

  private setCount(p: number): void {
    const n = this.engine.pairCountOf(p);
    this.pairEls![p]!.data({ count: n, countLabel: n > 1 ? String(n) : '', color: this.colorOf(p) });
  }

  /** The kind's colour when every tie of the pair in view shares one kind, else the mixed grey (the legend says so). */
  private colorOf(p: number): string {
    const [a, b] = this.engine.pairs.ends[p]!;
    const graph = this.engine.graph;
    let kind: EdgeKind | null = null;
    for (const i of this.engine.edgesOfPair(a, b)) {
      const k = graph!.edges[i]!.kind;
      if (kind === null) kind = k;
      else if (kind !== k) return MIXED_COLOR;
    }
    return kind === null ? MIXED_COLOR : EDGE_KIND_INFO[kind].color;
  }

  /** Applies a step's record (null: everything). Call inside `cy.batch()`. */
  apply(record: ViewChangeRecord | null): void {
    if (this.aggregate) {
      const els = this.pairElements();
      applyLooks(this.cy, 'pairs', els, this.applied, this.engine.looks.pairs, record ? record.pairs.index : null, this.options());
      if (record) for (const p of record.pairCounts) this.setCount(p);
      else els.forEach((_, p) => this.setCount(p));
    }
    if (this.sized) {
      const degree = this.engine.nodeDegree;
      const size = (n: number) => this.nodeEls[n]!.data('size', activitySize(degree[n]!));
      if (record) record.degrees.forEach(size);
      else this.nodeEls.forEach((_, n) => size(n));
    }
  }

  /** Call inside `cy.batch()`: a full pass, as switches flip rarely. */
  setAggregate(on: boolean): void {
    if (on === this.aggregate) return;
    this.aggregate = on;
    for (const el of this.edgeEls) {
      if (on) el.addClass('in-pair');
      else el.removeClass('in-pair');
    }
    if (on) this.apply(null);
    else if (this.pairEls) applyLooks(this.cy, 'pairs', this.pairEls, this.applied, new Uint16Array(this.applied.length), null, this.options());
  }

  /** Call inside `cy.batch()`. */
  setSized(on: boolean): void {
    if (on === this.sized) return;
    this.sized = on;
    const degree = this.engine.nodeDegree;
    this.nodeEls.forEach((el, n) => {
      if (on) el.data('size', activitySize(degree[n]!)).addClass('sized');
      else el.removeClass('sized');
    });
  }
}
