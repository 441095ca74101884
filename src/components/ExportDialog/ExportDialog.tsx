/** Export: pictures (PNG, SVG), a replay video, and the snippet to embed this moment in a page. */
import { useEffect, useRef } from 'react';
import { useTieline } from '../../store/StoreContext';
import { currentLink } from '../ShareControls/useCaption';
import { embedSnippet } from './embedSnippet';
import './ExportDialog.css';

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const graph = useTieline((s) => s.graph);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  if (!graph) return null;
  return (
    <dialog ref={dialog} className="export" aria-labelledby="export-title" onClose={onClose} onCancel={onClose}>
      <div className="export__head">
        <h2 id="export-title">Export</h2>
        <button type="button" className="export__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <section className="export__section" aria-labelledby="export-embed">
        <h3 id="export-embed">Embed in a page</h3>
        <textarea readOnly aria-label="Embed code" rows={3} value={embedSnippet(currentLink(), graph.title)} onFocus={(e) => e.currentTarget.select()} />
      </section>
    </dialog>
  );
}
