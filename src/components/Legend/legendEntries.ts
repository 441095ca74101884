/**
 * What the legend lists, true to the renderer that draws the graph: the
 * cytoscape view (shapes per actor kind, kind dashes, capitals, ties side by
 * side, abstention bars, thin grey affiliations) or the sigma view of large
 * graphs (circles, solid lines in the kinds' colours, dotted / hollow /
 * dashed certainty styles, ties of a pair over each other, no arrow heads
 * above MAX_PICKABLE_EDGES). Pure, so each variant is tested without a renderer.
 */
import { LINE_LOOKS, looksOf, type LineLook } from '../../domain/lineLooks';
import type { TielineGraph } from '../../domain/model';
import { MAX_PARALLEL_EDGES } from '../../domain/pairs';
import { EDGE_KINDS, NODE_KINDS, isAffiliation, type EdgeKind, type NodeKind } from '../../domain/vocabulary';

export type LegendVariant = 'cytoscape' | 'sigma' | 'sigma-dense';

export interface LegendEntries {
  nodeKinds: NodeKind[];
  /** Actors drawn as circles whatever their kind (sigma), or in their kind's shape. */
  circles: boolean;
  kinds: EdgeKind[];
  /** Lines drawn solid whatever the kind's dash (sigma). */
  solidKinds: boolean;
  /** Arrow heads drawn on directed kinds. */
  arrows: boolean;
  looks: LineLook[];
  note: string;
}

/** The looks the sigma view draws: certainty only (no abstention bar, affiliations in their kinds' colours). */
const SIGMA_LOOKS: ReadonlySet<LineLook> = new Set(['planned', 'disputed', 'possible']);

export function legendEntries(
  graph: TielineGraph,
  o: { variant: LegendVariant; window: boolean; merged: boolean; heavy: boolean },
): LegendEntries {
  const sigma = o.variant !== 'cytoscape';
  const inUse = new Set(graph.edges.map((e) => e.kind));
  // cytoscape draws affiliations in one look of their own (listed under line styles); sigma in their kinds' colours.
  const kinds = EDGE_KINDS.filter((k) => inUse.has(k) && (sigma || !isAffiliation(k)));
  const used = new Set<LineLook>(graph.edges.flatMap((e) => looksOf(e)));
  // Only a window can leave a month- or year-dated tie half inside it.
  if (o.window) used.add('possible');
  const looks = LINE_LOOKS.filter((l) => used.has(l) && (!sigma || SIGMA_LOOKS.has(l)));
  const nodeKinds = NODE_KINDS.filter((k) => graph.nodes.some((n) => n.kind === k));
  const arrows = o.variant !== 'sigma-dense';
  let note: string;
  if (sigma) {
    // sigma's line for a heavy pair has its width by count but no number (README, graph-view/sigma).
    const heavyPart = o.heavy ? `; more than ${MAX_PARALLEL_EDGES} as one line, its width the count` : '';
    const abstain = used.has('abstain') ? ' Abstentions have no mark of their own at this size.' : '';
    const dense = o.variant === 'sigma-dense' ? ' Plain lines are 1 px, without arrow heads.' : ' Arrow: who acted.';
    note = `Large graph.${dense} Faded: no interaction in view. Several ties between one pair are drawn over each other${heavyPart}.${abstain}`;
  } else {
    note = `Countries in capitals. Arrow: who acted. Faded: no interaction in view. ${
      o.merged ? 'Merged: one line per pair, its width and number the count; in its kind’s colour, grey where kinds mix.' : `Several ties between one pair are drawn side by side${o.heavy ? `; more than ${MAX_PARALLEL_EDGES} as one line, its width and number the count` : ''}.`
    }`;
  }
  return { nodeKinds, circles: sigma, kinds, solidKinds: sigma, arrows, looks, note };
}
