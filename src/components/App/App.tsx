/** The whole app: graph with legend and details, and the time controls under it. */
import { useEffect, useMemo } from 'react';
import type { TielineStore } from '../../store/createTielineStore';
import { startPlaybackLoop } from '../../store/playbackLoop';
import { StoreProvider, useTieline } from '../../store/StoreContext';
import { DetailsPanel } from '../DetailsPanel/DetailsPanel';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary';
import { ErrorScreen } from '../ErrorScreen/ErrorScreen';
import { GraphToolbar } from '../GraphToolbar/GraphToolbar';
import { Legend } from '../Legend/Legend';
import { PlaybackControls } from '../PlaybackControls/PlaybackControls';
import { StatusLine } from '../StatusLine/StatusLine';
import { TimeModeControls } from '../TimeModeControls/TimeModeControls';
import { TimeSlider } from '../TimeSlider/TimeSlider';
import { LazyGraphCanvas } from './LazyGraphCanvas';
import { useGraphLoader } from './useGraphLoader';
import './App.css';

function Credit() {
  const graph = useTieline((s) => s.graph);
  const publishers = useMemo(() => [...new Set(graph?.sources.map((s) => s.publisher))].join(', '), [graph]);
  if (!graph) return null;
  return <p className="app__credit">Sources: {publishers} · Made with Tieline</p>;
}

function Shell({ store }: { store: TielineStore }) {
  const load = useTieline((s) => s.load);
  const graph = useTieline((s) => s.graph);
  const hasSelection = useTieline((s) => s.selection !== null);
  if (!graph) {
    if (load.status === 'error') return <ErrorScreen what={load.what} problems={load.problems} />;
    return (
      <div className="app__loading" role="status">
        Loading the graph…
      </div>
    );
  }
  return (
    <div className={hasSelection ? 'app app--details' : 'app'}>
      <header className="app__header">
        <p className="app__brand">Tieline</p>
        <h1 className="app__title" title={graph.title}>
          {graph.title}
        </h1>
        <GraphToolbar />
      </header>
      <main className="app__main">
        <section className="app__graph" aria-label="Graph">
          <div className="app__canvas">
            <ErrorBoundary what="the graph">
              <LazyGraphCanvas store={store} label={`Network: ${graph.title}`} />
            </ErrorBoundary>
          </div>
          <div className="app__legend-bar">
            <Legend />
            <Credit />
          </div>
        </section>
        <DetailsPanel />
      </main>
      <footer className="app__controls">
        <div className="app__control-row">
          <PlaybackControls />
          <StatusLine />
          <TimeModeControls />
        </div>
        <TimeSlider />
      </footer>
    </div>
  );
}

export function App({ store, dataUrl = './data/graph.json' }: { store: TielineStore; dataUrl?: string }) {
  useGraphLoader(store, dataUrl);
  useEffect(() => startPlaybackLoop(store), [store]);
  return (
    <StoreProvider store={store}>
      <Shell store={store} />
    </StoreProvider>
  );
}
