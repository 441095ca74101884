/** The whole app: graph with legend and details, and the time controls under it. */
import { useEffect, useMemo, useState } from 'react';
import type { TielineStore } from '../../store/createTielineStore';
import { startPlaybackLoop } from '../../store/playbackLoop';
import { StoreProvider, useTieline } from '../../store/StoreContext';
import { DataMenu } from '../DataImport/DataMenu';
import { DropOverlay } from '../DataImport/DropOverlay';
import { createImportController, type LayoutGraph } from '../../store/import/importController';
import { ImportProvider } from '../DataImport/ImportContext';
import { ImportPanel } from '../DataImport/ImportPanel';
import { DetailsPanel } from '../DetailsPanel/DetailsPanel';
import { ErrorBoundary } from '../ErrorBoundary/ErrorBoundary';
import { ErrorScreen } from '../ErrorScreen/ErrorScreen';
import { FocusBanner } from '../FocusBanner/FocusBanner';
import { GraphToolbar } from '../GraphToolbar/GraphToolbar';
import { ZoomControls } from '../ZoomControls/ZoomControls';
import { Legend } from '../Legend/Legend';
import { PanelButtons, SidePanel } from '../SidePanel/SidePanel';
import { SearchBox } from '../SearchBox/SearchBox';
import { ShortcutsButton, ShortcutsDialog } from '../Shortcuts/ShortcutsDialog';
import { startKeyboardLayer } from '../Shortcuts/keyboardLayer';
import { ReplayAnnouncer } from '../ReplayAnnouncer/ReplayAnnouncer';
import { PlaybackControls } from '../PlaybackControls/PlaybackControls';
import { StatusLine } from '../StatusLine/StatusLine';
import { TimeModeControls } from '../TimeModeControls/TimeModeControls';
import { TimeSlider } from '../TimeSlider/TimeSlider';
import { LazyGraphCanvas } from './LazyGraphCanvas';
import { useGraphLoader } from './useGraphLoader';
import { startUrlSync } from '../../url-state/urlSync';
import { CaptionBlock } from '../CaptionBlock/CaptionBlock';
import { CleanViewExit } from '../CleanView/CleanViewExit';
import { LinkNotice } from '../LinkNotice/LinkNotice';
import { SkipLinks } from '../SkipLinks/SkipLinks';
import { ShareControls } from '../ShareControls/ShareControls';
import { useNarrowScreen } from './useNarrowScreen';
import { currentLink } from '../ShareControls/useCaption';
import { creditLine } from '../../store/viewSelectors';
import './App.css';

/** The credit under the graph: the same line as the caption's (only sources backing a tie in view). */
function Credit() {
  const credit = useTieline(creditLine);
  if (!credit) return null;
  return <p className="app__credit">{credit}</p>;
}

function Shell({ store, userDataUrl }: { store: TielineStore; userDataUrl: string | undefined }) {
  const load = useTieline((s) => s.load);
  const graph = useTieline((s) => s.graph);
  const hasSelection = useTieline((s) => s.selection !== null);
  const panel = useTieline((s) => s.panel);
  const embed = useTieline((s) => s.embed);
  const clean = useTieline((s) => s.cleanView);
  const narrow = useNarrowScreen();
  const [moreOpen, setMoreOpen] = useState(false);
  // Embed (an iframe) and clean view (screenshots) keep graph, legend and caption; same tree, so the graph is not remounted.
  const chrome = !embed && !clean;
  if (!graph) {
    return (
      <>
        {load.status === 'error' ? (
          <>
            <ErrorScreen what={load.what} problems={load.problems} />
            {userDataUrl !== undefined && (
              <p className="error-screen__back">
                <a href="./">Open the shipped graph instead</a>
              </p>
            )}
          </>
        ) : (
          <div className="app__loading" role="status">
            Loading the graph…
          </div>
        )}
        <ImportPanel />
      </>
    );
  }
  const classes = [
    'app',
    hasSelection && chrome ? 'app--details' : '',
    panel && chrome ? `app--panel app--panel-${panel}` : '',
    embed ? 'app--embed' : '',
    clean ? 'app--clean' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <SkipLinks slider={!clean} />
      {chrome ? (
        <header className="app__header">
          <div className="app__header-top">
            <p className="app__brand">Tieline</p>
            <h1 className="app__title" title={graph.title}>
              {graph.title}
            </h1>
            <SearchBox />
            <ShortcutsButton />
          </div>
          {narrow ? (
            // A phone: sharing stays in one row; the view switches, time mode and data sit in a menu,
            // so nothing scrolls sideways and the graph keeps most of the height.
            <div className="app__header-tools">
              <ShareControls />
              <button type="button" className="app__more-toggle" aria-expanded={moreOpen} aria-controls="app-more" onClick={() => setMoreOpen(!moreOpen)}>
                More
              </button>
              {/* Kept mounted while closed (hidden), so a file being opened from it keeps its input. */}
              <div id="app-more" className="app__more" role="group" aria-label="View, time and data" hidden={!moreOpen}>
                <GraphToolbar zoom />
                <TimeModeControls />
                <DataMenu />
                <button type="button" className="app__more-clean" onClick={() => store.getState().setCleanView(true)}>
                  Clean view
                </button>
              </div>
            </div>
          ) : (
            <div className="app__header-tools">
              <GraphToolbar />
              <DataMenu />
              <ShareControls />
            </div>
          )}
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
              onClick={(e) => (e.currentTarget.href = currentLink(store.getState()))}
            >
              Open in Tieline ↗
            </a>
          )}
        </header>
      )}
      {chrome && <ImportPanel />}
      {chrome && <DropOverlay />}
      <main className="app__main">
        {chrome && <SidePanel />}
        <section className="app__graph" aria-label="Graph">
          <div className="app__canvas">
            <ErrorBoundary what="the graph">
              <LazyGraphCanvas store={store} label={`Network: ${graph.title}`} />
            </ErrorBoundary>
            {chrome && <PanelButtons />}
            {chrome && !narrow && <ZoomControls onGraph />}
            {chrome && <FocusBanner />}
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
              {!narrow && <TimeModeControls />}
            </div>
          ) : (
            <div className="app__control-row">
              <PlaybackControls />
            </div>
          )}
          <TimeSlider />
          <ReplayAnnouncer />
        </footer>
      )}
      <ShortcutsDialog />
    </div>
  );
}

/** Lays out an opened file without positions; the layout code (fcose, its worker) loads only when a file needs it. */
const layoutOnDemand: LayoutGraph = async (graph, signal) => (await import('../../graph-view/layoutInBackground')).layoutInBackground(graph, signal);

/** `userDataUrl`: a `?data=` address to open instead of the shipped graph. */
export function App({ store, dataUrl = './data/graph.json', userDataUrl }: { store: TielineStore; dataUrl?: string; userDataUrl?: string }) {
  const importer = useMemo(() => createImportController(store, layoutOnDemand, undefined, dataUrl), [store, dataUrl]);
  useGraphLoader(store, dataUrl, userDataUrl ? () => importer.openUrl(userDataUrl) : undefined);
  useEffect(() => startPlaybackLoop(store), [store]);
  useEffect(() => startKeyboardLayer(store), [store]);
  useEffect(
    () => startUrlSync(store, window, { reopen: (origin) => (origin.kind === 'url' ? importer.openUrl(origin.address) : importer.openShipped()) }),
    [store, importer],
  );
  return (
    <StoreProvider store={store}>
      <ImportProvider controller={importer}>
        <Shell store={store} userDataUrl={userDataUrl} />
      </ImportProvider>
    </StoreProvider>
  );
}
