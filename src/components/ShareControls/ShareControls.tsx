/** Sharing: copy a link to this moment or a caption, switch to the clean view, and open the export dialog. */
import { lazy, Suspense, useState } from 'react';
import { captionText } from '../../domain/caption';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { copyText } from './copyText';
import { captionOf } from '../../store/viewSelectors';
import { currentLink } from './useCaption';
import './ShareControls.css';

// The dialog and everything it draws with are loaded on first use, not with the first page.
const ExportDialog = lazy(() => import('../ExportDialog/ExportDialog'));

export function ShareControls() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const [message, setMessage] = useState<string | null>(null);
  const [fallback, setFallback] = useState<{ what: string; text: string } | null>(null);
  const [exportOpen, setExportOpen] = useState(false);

  const copy = async (what: string, text: string) => {
    if (await copyText(text)) {
      setFallback(null);
      setMessage(`${what} copied`);
      setTimeout(() => setMessage(null), 2500);
    } else {
      setFallback({ what, text });
    }
  };

  return (
    <div className="share" role="group" aria-label="Share">
      <button type="button" onClick={() => void copy('Link', currentLink(store.getState()))}>
        Copy link
      </button>
      <button
        type="button"
        onClick={() => {
          // Built on click, from the engine: never rebuilt per replay frame.
          const caption = captionOf(store.getState());
          if (graph && caption) void copy('Caption', captionText(caption, graph, currentLink(store.getState())));
        }}
      >
        Copy caption
      </button>
      <button type="button" className="share__clean" onClick={() => store.getState().setCleanView(true)} title="Hide every control, for screenshots (Escape returns)">
        Clean view
      </button>
      <button type="button" className="share__export" aria-haspopup="dialog" onClick={() => setExportOpen(true)}>
        Export…
      </button>
      <span className="share__message" role="status">
        {message}
      </span>
      {fallback && (
        <div className="share__fallback" role="dialog" aria-label={`Copy the ${fallback.what.toLowerCase()}`}>
          <label>
            <span>Copying is blocked here: press Ctrl+C (⌘C) to copy the {fallback.what.toLowerCase()}.</span>
            <textarea readOnly value={fallback.text} rows={fallback.what === 'Link' ? 2 : 6} ref={(el) => el?.select()} />
          </label>
          <button type="button" onClick={() => setFallback(null)}>
            Done
          </button>
        </div>
      )}
      {exportOpen && (
        <Suspense fallback={<span role="status">Loading export…</span>}>
          <ExportDialog onClose={() => setExportOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
