/**
 * The baseline a user would write without Tieline's design: react-cytoscapejs
 * fed a freshly filtered `elements` array at each step (react-cytoscapejs then
 * diffs it against the previous array and adds or removes elements). Same
 * stylesheet as Tieline (including its large-graph switches), same preset
 * positions, same viewport fit. Apply time
 * is a `flushSync` of the state change: React renders, react-cytoscapejs
 * patches cytoscape, all before it returns.
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphFile } from '../../src/data/schema';
import { toModel } from '../../src/data/toModel';
import type { TielineGraph } from '../../src/domain/model';
import { boundsOf, type TimeMode } from '../../src/domain/timeView';
import { PRESET_LAYOUT, stylesheetFor } from '../../src/graph-view/stylesheet';
import { fetchText, graphUrl, installBench, markPaintedOnce, whenMarked, type Contender } from './common';
import './page.css';

const MARK = 'bench:graph-painted';
const STYLE = { width: '100%', height: '100%' } as const;
const WINDOW = { amount: 3, unit: 'month' } as const;

interface View {
  day: number;
  mode: TimeMode;
}

/** Everything in view at `view`, as a new elements array: what the baseline renders. */
function elementsAt(graph: TielineGraph, view: View): ElementDefinition[] {
  const { from, to } = boundsOf({ day: view.day, mode: view.mode, window: WINDOW });
  const visible = graph.edges.filter((e) => e.first <= to && e.last >= from);
  const degree = new Int32Array(graph.nodes.length);
  for (const e of visible) {
    degree[e.source] = degree[e.source]! + 1;
    degree[e.target] = degree[e.target]! + 1;
  }
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    data: { id: `n${n.index}`, label: n.label, index: n.index },
    position: n.position ?? { x: 0, y: 0 },
    classes: degree[n.index] ? `k-${n.kind}` : `k-${n.kind} idle`,
  }));
  const edges: ElementDefinition[] = visible.map((e) => ({
    data: { id: `e${e.index}`, source: `n${e.source}`, target: `n${e.target}`, index: e.index },
    classes: `k-${e.kind}${e.directed ? ' directed' : ''}${e.status === 'planned' ? ' planned' : ''}`,
  }));
  return [...nodes, ...edges];
}

let setViewNow: ((v: View) => void) | null = null;
let cyNow: Core | null = null;

function Baseline({ graph, initial }: { graph: TielineGraph; initial: View }) {
  const [view, setView] = useState(initial);
  setViewNow = setView;
  const onCy = useCallback((cy: Core) => {
    if (cyNow === cy) return;
    cyNow = cy;
    cy.fit(cy.nodes(), 48);
    markPaintedOnce(MARK);
  }, []);
  return (
    <CytoscapeComponent
      elements={elementsAt(graph, view)}
      stylesheet={stylesheetFor(graph.edges.length)}
      layout={PRESET_LAYOUT}
      cy={onCy}
      style={STYLE}
      minZoom={0.05}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
    />
  );
}

installBench(async (): Promise<Contender> => {
  const text = await fetchText(graphUrl());
  const graph = toModel(JSON.parse(text) as GraphFile);
  let view: View = { day: graph.defaultRange.last, mode: 'cumulative' };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Baseline graph={graph} initial={view} />
    </StrictMode>,
  );
  await whenMarked(MARK);
  const update = (next: View) => {
    view = next;
    flushSync(() => setViewNow!(next));
  };
  return {
    paintedMark: MARK,
    range: graph.defaultRange,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    setDay: (day) => update({ ...view, day: Math.min(graph.defaultRange.last, Math.max(graph.defaultRange.first, day)) }),
    setMode: (mode) => update({ ...view, mode }),
    setPlaying: () => undefined,
    visibleEdges: () => cyNow!.edges().length,
  };
});
