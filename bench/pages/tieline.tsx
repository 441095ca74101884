/**
 * Tieline, as the app runs it: the file validated and turned into the model
 * by the app's loader (`graphFromText`), the app's store, and the app's real
 * `GraphCanvas` (react-cytoscapejs + `attachGraphView`). Apply time is the time
 * `store.getState().setDay(d)` takes to return: the graph view subscribes
 * synchronously, so it includes the visible-set diff and the `cy.batch()`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { graphFromText } from '../../src/data/loadGraph';
import { GraphCanvas } from '../../src/graph-view/GraphCanvas';
import { createTielineStore, rangeOf } from '../../src/store/createTielineStore';
import { fetchText, graphUrl, installBench, whenMarked, type Contender } from './common';
import './page.css';

installBench(async (): Promise<Contender> => {
  const text = await fetchText(graphUrl());
  const result = graphFromText(text);
  if (!result.ok) throw new Error(`invalid graph:\n${result.problems.slice(0, 10).join('\n')}`);
  const store = createTielineStore();
  store.getState().setGraph(result.graph);
  const root = document.getElementById('root')!;
  createRoot(root).render(
    <StrictMode>
      <GraphCanvas store={store} label={`Network: ${result.graph.title}`} />
    </StrictMode>,
  );
  await whenMarked('tieline:graph-painted');
  const cy = window.__tieline!.cy;
  const graph = result.graph;
  // The two actors with the most ties: the heaviest selection and a path that exists for most of the range.
  const degree = new Int32Array(graph.nodes.length);
  for (const e of graph.edges) {
    degree[e.source]! += 1;
    degree[e.target]! += 1;
  }
  const busiest = [...degree.keys()].sort((a, b) => degree[b]! - degree[a]! || a - b).slice(0, 2);
  return {
    paintedMark: 'tieline:graph-painted',
    range: rangeOf(graph, store.getState().rangeChoice),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    setDay: (day) => store.getState().setDay(day),
    setMode: (mode) => {
      store.getState().setWindow({ amount: 3, unit: 'month' });
      store.getState().setMode(mode);
    },
    setPlaying: (playing) => store.getState().setPlaying(playing),
    visibleEdges: () => cy.edges('[index >= 0]').filter((e) => !e.hasClass('out') && !e.hasClass('ghost')).length,
    setEmphasis: (emphasis) => {
      const s = store.getState();
      s.select(emphasis === 'selection' ? { kind: 'node', id: graph.nodes[busiest[0]!]!.id } : null);
      s.setFocus(emphasis === 'selection' ? { node: busiest[0]!, depth: 1 } : null);
      s.setPathQuery(emphasis === 'path' ? { from: busiest[0]!, to: busiest[1]! } : null);
    },
  };
});
