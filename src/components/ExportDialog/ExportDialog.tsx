/**
 * Export: a picture (PNG or SVG) with caption, legend and credit drawn in,
 * a replay video, and the snippet to embed this moment. The whole dialog is
 * loaded on demand, so none of this is in the first page's bundle.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PictureParts } from '../../domain/pictureLayout';
import { download, exportPng, plannedSize } from '../../export/exportPng';
import { ALL_PARTS, type PictureOptions, type PictureSize } from '../../export/pictureOptions';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { currentLink } from '../ShareControls/useCaption';
import { embedSnippet } from './embedSnippet';
import { PartSwitches } from './PartSwitches';
import { RecordSection } from './RecordSection';
import { rendererFor, SIGMA_MIN_EDGES } from '../../domain/drawingScale';
import './ExportDialog.css';

type Format = 'png' | 'svg';
type SizeChoice = '1' | '2' | '4' | 'custom';

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const store = useTielineStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const graph = useTieline((s) => s.graph);
  const [format, setFormat] = useState<Format>('png');
  // 4× by default: a press-ready picture is Export… then Download.
  const [sizeChoice, setSizeChoice] = useState<SizeChoice>('4');
  const [customWidth, setCustomWidth] = useState(3000);
  // The graph in view, fitted: a picture frames what it shows, whatever the screen's camera.
  const [area, setArea] = useState<PictureOptions['area']>('whole');
  const [background, setBackground] = useState<PictureOptions['background']>('white');
  const [title, setTitle] = useState(graph?.title ?? '');
  const [parts, setParts] = useState<PictureParts>(ALL_PARTS);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  const size: PictureSize = sizeChoice === 'custom' ? { kind: 'width', px: customWidth } : { kind: 'scale', scale: Number(sizeChoice) as 1 | 2 | 4 };
  const options: PictureOptions = { size, area, background, title, parts };
  // Measured after the DOM is updated, not while rendering: the dialog's first render replaces the header's
  // "Loading export…" placeholder, and during that render the graph area still had the placeholder's height.
  const [planned, setPlanned] = useState<ReturnType<typeof plannedSize>>(null);
  useLayoutEffect(
    () => setPlanned(format === 'png' ? plannedSize(store.getState(), options) : null),
    // `options` is rebuilt from these on every render.
    [format, sizeChoice, customWidth, area, parts, title, store],
  );

  const onDownload = async () => {
    setBusy(true);
    setMessage(null);
    try {
      if (format === 'png') {
        const r = await exportPng(store.getState(), options);
        download(r.blob, r.fileName);
        setMessage(
          r.reducedFrom
            ? { text: `Saved ${r.width} × ${r.height} px: ${r.reducedFrom.width} × ${r.reducedFrom.height} px is more than a browser can draw.`, warn: true }
            : { text: `Saved ${r.fileName} (${r.width} × ${r.height} px).`, warn: false },
        );
      } else {
        const { exportSvg } = await import('../../export/exportSvg');
        const r = exportSvg(store.getState(), options);
        download(r.blob, r.fileName);
        setMessage({ text: `Saved ${r.fileName}.`, warn: false });
      }
    } catch (err) {
      setMessage({ text: err instanceof Error ? err.message : String(err), warn: true });
    } finally {
      setBusy(false);
    }
  };

  if (!graph) return null;
  // A large graph is drawn by sigma (domain/drawingScale.ts); the picture and video paths draw with cytoscape.
  const large = rendererFor(graph) === 'sigma';
  return (
    <dialog ref={dialog} className="export" aria-labelledby="export-title" onClose={onClose} onCancel={onClose}>
      <div className="export__head">
        <h2 id="export-title">Export</h2>
        <button type="button" className="export__close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <section className="export__section" aria-labelledby="export-picture">
        <h3 id="export-picture">Picture</h3>
        {large && (
          <p className="export__message export__message--warn" role="note">
            Pictures and videos are not available for a graph this large ({SIGMA_MIN_EDGES.toLocaleString('en')} lines or more): it is drawn
            by the fast large-graph renderer, which cannot export yet. Copy link and the embed code below work.
          </p>
        )}
        <div className="export__grid">
          <fieldset>
            <legend>Format</legend>
            <label><input type="radio" name="format" checked={format === 'png'} onChange={() => setFormat('png')} /> PNG</label>
            <label><input type="radio" name="format" checked={format === 'svg'} onChange={() => setFormat('svg')} /> SVG (editable)</label>
          </fieldset>
          <fieldset disabled={format === 'svg'}>
            <legend>Size</legend>
            {(['1', '2', '4'] as const).map((k) => (
              <label key={k}>
                <input type="radio" name="size" checked={sizeChoice === k} onChange={() => setSizeChoice(k)} /> {k}×
              </label>
            ))}
            <label>
              <input type="radio" name="size" checked={sizeChoice === 'custom'} onChange={() => setSizeChoice('custom')} /> Width
              <input
                type="number"
                className="export__width"
                aria-label="Width in pixels"
                min={100}
                max={30000}
                value={customWidth}
                onFocus={() => setSizeChoice('custom')}
                onChange={(e) => setCustomWidth(Math.max(1, Math.round(Number(e.target.value) || 0)))}
              />
              px
            </label>
          </fieldset>
          <fieldset>
            <legend>Area</legend>
            <label><input type="radio" name="area" checked={area === 'view'} onChange={() => setArea('view')} /> Current view</label>
            <label><input type="radio" name="area" checked={area === 'whole'} onChange={() => setArea('whole')} /> Whole graph</label>
          </fieldset>
          <fieldset>
            <legend>Background</legend>
            <label><input type="radio" name="bg" checked={background === 'white'} onChange={() => setBackground('white')} /> White</label>
            <label><input type="radio" name="bg" checked={background === 'transparent'} onChange={() => setBackground('transparent')} /> Transparent</label>
          </fieldset>
        </div>
        <label className="export__title">
          <span>Title</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <PartSwitches parts={parts} onChange={setParts} />
        <div className="export__actions">
          <button type="button" className="export__primary" disabled={busy || large} onClick={() => void onDownload()}>
            {busy ? 'Drawing…' : `Download ${format.toUpperCase()}`}
          </button>
          {planned && (
            <span className="export__size">
              {planned.fitted.reduced
                ? `${planned.width} × ${planned.height} px is over the browser's limit: it will be ${planned.fitted.width} × ${planned.fitted.height} px`
                : `${planned.width} × ${planned.height} px`}
            </span>
          )}
        </div>
        <p className={message?.warn ? 'export__message export__message--warn' : 'export__message'} role="status">
          {message?.text}
        </p>
      </section>
      {!large && <RecordSection parts={parts} title={title} area={area} />}
      <section className="export__section" aria-labelledby="export-embed">
        <h3 id="export-embed">Embed in a page</h3>
        <textarea readOnly aria-label="Embed code" rows={3} value={embedSnippet(currentLink(store.getState()), graph.title)} onFocus={(e) => e.currentTarget.select()} />
      </section>
    </dialog>
  );
}
