/**
 * Merged pairs and activity sizes in the picture. The counts and looks come
 * from the view engine; this applies them. The per-pair edges are added
 * once, the first time "Merge repeats" is turned on (see buildPairElements);
 * never on a step. A heavy pair (more than MAX_PARALLEL_EDGES interactions)
 * has its line from the start and no edges of its own: its look and count
 * are applied whatever the switch says.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ViewEngine } from '../domain/viewEngine';
import type { ViewChangeRecord } from '../domain/viewLooks';
import { buildPairElements, pairElementId } from './elements';
import { applyLooks, type LookOptions } from './lookClasses';
import { pairLineColor } from './pairLineColor';

/** Node diameter for a number of ties in view. */
export function activitySize(degree: number): number {
  return Math.min(90, 16 + 9 * Math.sqrt(degree));
}

export class AggregateView {
  /** Every pair's line by number; until "Merge repeats" is first on, only the heavy pairs' (the rest are holes). */
  private readonly pairEls: (EdgeSingular | undefined)[];
  private allBuilt = false;
  /** Looks the pair elements carry (the light ones all off while merging is off). */
  private readonly applied: Uint16Array;
  private readonly heavy: Uint8Array;
  private readonly heavyList: readonly number[];
  private aggregate = false;
  private sized = false;

  constructor(
    private readonly cy: Core,
    private readonly engine: ViewEngine,
    private readonly edgeEls: readonly (EdgeSingular | undefined)[],
    private readonly nodeEls: NodeSingular[],
    private readonly options: () => LookOptions,
    /** The pair looks the heavy pairs' lines were built with (none: all off). */
    builtPairs?: ArrayLike<number>,
  ) {
    const pairCount = engine.pairs.ends.length;
    const { heavy, list } = engine.heavyPairs();
    this.heavy = heavy;
    this.heavyList = list;
    this.pairEls = new Array<EdgeSingular | undefined>(pairCount);
    this.applied = new Uint16Array(pairCount);
    for (const p of list) {
      this.pairEls[p] = cy.getElementById(pairElementId(p)) as EdgeSingular;
      this.applied[p] = builtPairs?.[p] ?? 0;
    }
  }

  private buildAll(): void {
    if (this.allBuilt) return;
    this.allBuilt = true;
    const added = this.cy.add(buildPairElements(this.engine.pairs.ends, this.heavy)).toArray() as EdgeSingular[];
    let k = 0;
    for (let p = 0; p < this.pairEls.length; p++) if (!this.heavy[p]) this.pairEls[p] = added[k++];
  }

  private setCount(p: number): void {
    const n = this.engine.pairCountOf(p);
    this.pairEls[p]!.data({ count: n, countLabel: n > 1 ? String(n) : '', color: pairLineColor(this.engine, p) });
  }

  /** Applies a step's record (null: everything). Call inside `cy.batch()`. */
  apply(record: ViewChangeRecord | null): void {
    const looks = this.engine.looks.pairs;
    if (this.aggregate) {
      applyLooks(this.cy, 'pairs', this.pairEls, this.applied, looks, record ? record.pairs.index : null, this.options());
      if (record) for (const p of record.pairCounts) this.setCount(p);
      else for (let p = 0; p < this.pairEls.length; p++) this.setCount(p);
    } else if (this.heavyList.length) {
      const heavy = (p: number) => this.heavy[p] === 1;
      applyLooks(this.cy, 'pairs', this.pairEls, this.applied, looks, record ? record.pairs.index.filter(heavy) : this.heavyList, this.options());
      for (const p of record ? record.pairCounts.filter(heavy) : this.heavyList) this.setCount(p);
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
      if (!el) continue; // a heavy pair's interaction: no element, its pair's line stands for it
      if (on) el.addClass('in-pair');
      else el.removeClass('in-pair');
    }
    if (on) {
      this.buildAll();
      this.apply(null);
    } else if (this.allBuilt) {
      // The light pairs' lines go; the heavy pairs' keep their looks.
      const now = new Uint16Array(this.applied.length);
      for (const p of this.heavyList) now[p] = this.applied[p]!;
      applyLooks(this.cy, 'pairs', this.pairEls, this.applied, now, null, this.options());
    }
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
