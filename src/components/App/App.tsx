/** The whole app: graph with legend and details, and the time controls under it. */
import { useEffect, useMemo } from 'react';
import { GraphCanvas } from '../../graph-view/GraphCanvas';
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
import { useGraphLoader } from './useGraphLoader';
import { startUrlSync } from '../../url-state/urlSync';
import { CaptionBlock } from '../CaptionBlock/CaptionBlock';
import { CleanViewExit } from '../CleanView/CleanViewExit';
import { LinkNotice } from '../LinkNotice/LinkNotice';
import { ShareControls } from '../ShareControls/ShareControls';
import { currentLink } from '../ShareControls/useCaption';
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
  const embed = useTieline((s) => s.embed);
  const clean = useTieline((s) => s.cleanView);
  // Embed (an iframe) and clean view (screenshots) keep graph, legend and caption; same tree, so the graph is not remounted.
  const chrome = !embed && !clean;
  if (!graph) {
    if (load.status === 'error') return <ErrorScreen what={load.what} problems={load.problems} />;
    return (
      <div className="app__loading" role="status">
        Loading the graph…
      </div>
    );
  }
  const classes = ['app', hasSelection && chrome ? 'app--details' : '', embed ? 'app--embed' : '', clean ? 'app--clean' : ''];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      {chrome ? (
        <header className="app__header">
          <p className="app__brand">Tieline</p>
          <h1 className="app__title">{graph.title}</h1>
          <GraphToolbar />
          <ShareControls />
        </header>
      ) : (
        <header className="app__header app__header--caption">
          <CaptionBlock />
          {embed && (
            <a
              className="app__open-full"
              href={currentLink()}
              target="_blank"
              rel="noopener"
              onClick={(e) => (e.currentTarget.href = currentLink())}
            >
              Open in Tieline ↗
            </a>
          )}
        </header>
      )}
      <main className="app__main">
        <section className="app__graph" aria-label="Graph">
          <div className="app__canvas">
            <ErrorBoundary what="the graph">
              <GraphCanvas store={store} label={`Network: ${graph.title}`} />
            </ErrorBoundary>
            <LinkNotice />
            <CleanViewExit />
          </div>
          <div className="app__legend-bar">
            <Legend />
            {chrome && <Credit />}
          </div>
        </section>
        {chrome && <DetailsPanel />}
      </main>
      {!clean && (
        <footer className="app__controls">
          {chrome ? (
            <div className="app__control-row">
              <PlaybackControls />
              <StatusLine />
              <TimeModeControls />
            </div>
          ) : (
            <div className="app__control-row">
              <PlaybackControls />
            </div>
          )}
          <TimeSlider />
        </footer>
      )}
    </div>
  );
}

export function App({ store, dataUrl = './data/graph.json' }: { store: TielineStore; dataUrl?: string }) {
  useGraphLoader(store, dataUrl);
  useEffect(() => startPlaybackLoop(store), [store]);
  useEffect(() => startUrlSync(store), [store]);
  return (
    <StoreProvider store={store}>
      <Shell store={store} />
    </StoreProvider>
  );
}
