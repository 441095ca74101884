/** The whole app: graph with legend and details, and the time controls under it. */
import { useEffect, useMemo } from 'react';
import { GraphCanvas } from '../../graph-view/GraphCanvas';
import type { TielineStore } from '../../store/createTielineStore';
import { startPlaybackLoop } from '../../store/playbackLoop';
import { StoreProvider, useTieline } from '../../store/StoreContext';
import { DetailsPanel } from '../DetailsPanel/DetailsPanel';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary';
import { ErrorScreen } from '../ErrorScreen/ErrorScreen';
import { FocusBanner } from '../FocusBanner/FocusBanner';
import { GraphToolbar } from '../GraphToolbar/GraphToolbar';
import { Legend } from '../Legend/Legend';
import { PanelButtons, SidePanel } from '../SidePanel/SidePanel';
import { SearchBox } from '../SearchBox/SearchBox';
import { ShortcutsButton, ShortcutsDialog } from '../Shortcuts/ShortcutsDialog';
import { useShortcuts } from '../Shortcuts/useShortcuts';
import { ReplayAnnouncer } from '../ReplayAnnouncer/ReplayAnnouncer';
import { PlaybackControls } from '../PlaybackControls/PlaybackControls';
import { StatusLine } from '../StatusLine/StatusLine';
import { TimeModeControls } from '../TimeModeControls/TimeModeControls';
import { TimeSlider } from '../TimeSlider/TimeSlider';
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
  const panel = useTieline((s) => s.panel);
  if (!graph) {
    if (load.status === 'error') return <ErrorScreen what={load.what} problems={load.problems} />;
    return (
      <div className="app__loading" role="status">
        Loading the graph…
      </div>
    );
  }
  return (
    <div className={`app${hasSelection ? ' app--details' : ''}${panel ? ` app--panel app--panel-${panel}` : ''}`}>
      <header className="app__header">
        <p className="app__brand">Tieline</p>
        <h1 className="app__title">{graph.title}</h1>
        <SearchBox />
        <GraphToolbar />
        <ShortcutsButton />
      </header>
      <main className="app__main">
        <SidePanel />
        <section className="app__graph" aria-label="Graph">
          <div className="app__canvas">
            <ErrorBoundary what="the graph">
              <GraphCanvas store={store} label={`Network: ${graph.title}`} />
            </ErrorBoundary>
            <PanelButtons />
            <FocusBanner />
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
        <ReplayAnnouncer />
      </footer>
      <ShortcutsDialog />
    </div>
  );
}

export function App({ store, dataUrl = './data/graph.json' }: { store: TielineStore; dataUrl?: string }) {
  useGraphLoader(store, dataUrl);
  useEffect(() => startPlaybackLoop(store), [store]);
  useShortcuts(store);
  return (
    <StoreProvider store={store}>
      <Shell store={store} />
    </StoreProvider>
  );
}
