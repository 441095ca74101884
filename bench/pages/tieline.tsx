/**
 * Tieline, as the app runs it: the file validated and turned into the model
 * by the app's loader (`graphFromText`), the app's store, and the app's own
 * graph view chooser (`LazyGraphCanvas`: cytoscape's `GraphCanvas` below
 * SIGMA_MIN_EDGES drawn lines, sigma's `SigmaCanvas` from there, as in the
 * app). Apply time is the time `store.getState().setDay(d)` takes to return:
 * either view subscribes synchronously, so it includes the visible-set diff
 * and the renderer's updates (`cy.batch()`, or sigma's attribute changes).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { graphFromText } from '../../src/data/loadGraph';
import { LazyGraphCanvas } from '../../src/components/App/LazyGraphCanvas';
import { rendererFor } from '../../src/domain/drawingScale';
import { StoreProvider } from '../../src/store/StoreContext';
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
      <StoreProvider store={store}>
        <LazyGraphCanvas store={store} label={`Network: ${result.graph.title}`} />
      </StoreProvider>
    </StrictMode>,
  );
  await whenMarked('tieline:graph-painted');
  const graph = result.graph;
  const renderer = rendererFor(graph);
  if ((window.__tieline?.renderer ?? 'cytoscape') !== renderer) throw new Error(`expected the ${renderer} view on the page`);
  const cy = renderer === 'cytoscape' ? window.__tieline!.cy : null;
  // The two actors with the most ties: the heaviest selection and a path that exists for most of the range.
  const degree = new Int32Array(graph.nodes.length);
  for (const e of graph.edges) {
    degree[e.source]! += 1;
    degree[e.target]! += 1;
  }
  const busiest = [...degree.keys()].sort((a, b) => degree[b]! - degree[a]! || a - b).slice(0, 2);
  return {
    paintedMark: 'tieline:graph-painted',
    renderer,
    playSpeed: store.getState().speed,
    range: rangeOf(graph, store.getState().rangeChoice),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    setDay: (day) => store.getState().setDay(day),
    setMode: (mode) => {
      store.getState().setWindow({ amount: 3, unit: 'month' });
      store.getState().setMode(mode);
    },
    setPlaying: (playing) => store.getState().setPlaying(playing),
    // cytoscape: counted in the renderer; sigma draws a heavy pair as one line, so the engine's count.
    visibleEdges: () =>
      cy ? cy.edges('[index >= 0]').filter((e) => !e.hasClass('out') && !e.hasClass('ghost')).length : store.getState().engine.ties,
    setEmphasis: (emphasis) => {
      const s = store.getState();
      s.select(emphasis === 'selection' ? { kind: 'node', id: graph.nodes[busiest[0]!]!.id } : null);
      s.setFocus(emphasis === 'selection' ? { node: busiest[0]!, depth: 1 } : null);
      s.setPathQuery(emphasis === 'path' ? { from: busiest[0]!, to: busiest[1]! } : null);
    },
  };
});
