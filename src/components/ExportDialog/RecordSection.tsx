/**
 * "Record replay": a range, speed and size, then a video made in the browser
 * (MP4 with H.264 where the browser can encode it, WebM otherwise; the dialog
 * says which) with a progress bar and Cancel.
 */
import { useEffect, useRef, useState } from 'react';
import { isoFromDay, parseFuzzyDate } from '../../domain/dates';
import type { PictureParts } from '../../domain/pictureLayout';
import { download } from '../../export/exportPng';
import { rangeOf } from '../../store/createTielineStore';
import { SpeedSelect } from '../SpeedSelect/SpeedSelect';
import { useTieline, useTielineStore } from '../../store/StoreContext';

const SIZES = [
  { value: 'screen', label: 'Screen size' },
  { value: '1280', label: '1280 px wide' },
  { value: '1920', label: '1920 px wide' },
] as const;

export function RecordSection({ parts, title, area }: { parts: PictureParts; title: string; area: 'view' | 'whole' }) {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const rangeChoice = useTieline((s) => s.rangeChoice);
  const range = rangeOf(graph, rangeChoice);
  const [from, setFrom] = useState(isoFromDay(range.first));
  const [to, setTo] = useState(isoFromDay(store.getState().day > range.first ? store.getState().day : range.last));
  const [speed, setSpeed] = useState(store.getState().speed);
  const [size, setSize] = useState<(typeof SIZES)[number]['value']>('1280');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [format, setFormat] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // The encoder module loads with the dialog's first render, not with the page.
    void import('../../export/videoSinks')
      .then((m) => m.videoFormatFor(1280, 720))
      .then((f) => live && setFormat(f ? f.label : 'none'));
    return () => {
      live = false;
    };
  }, []);

  const fromDay = parseFuzzyDate(from)?.first;
  const toDay = parseFuzzyDate(to)?.first;
  const valid = fromDay !== undefined && toDay !== undefined && toDay > fromDay;
  const seconds = valid ? (toDay - fromDay) / speed : 0;

  const onRecord = async () => {
    if (!valid) return;
    setMessage(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: 1 });
    try {
      const { recordReplay } = await import('../../export/recordReplay');
      const width = size === 'screen' ? Math.round(document.querySelector('.graph-canvas')?.clientWidth ?? 1280) : Number(size);
      const r = await recordReplay(
        store,
        { from: fromDay, to: toDay, speed, fps: 30, width, area, parts, title },
        { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) },
      );
      download(r.blob, r.fileName);
      setMessage({ text: `Saved ${r.fileName} (${r.width} × ${r.height} px, ${r.seconds.toFixed(1)} s).`, warn: false });
    } catch (err) {
      const cancelled = err instanceof DOMException && err.name === 'AbortError';
      setMessage({ text: cancelled ? 'Recording cancelled.' : err instanceof Error ? err.message : String(err), warn: !cancelled });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return (
    <section className="export__section" aria-labelledby="export-video">
      <h3 id="export-video">Replay as video</h3>
      <p className="export__size" data-testid="video-format">
        {format === null ? 'Checking which video this browser can make…' : format === 'none' ? 'This browser cannot make video.' : `Saved as ${format}${format.startsWith('MP4') ? '' : ': this browser cannot encode MP4 (H.264)'}.`}
      </p>
      <div className="export__row">
        <label>
          From <input type="date" value={from} min={isoFromDay(range.first)} max={isoFromDay(range.last)} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          to <input type="date" value={to} min={isoFromDay(range.first)} max={isoFromDay(range.last)} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          Speed
          <SpeedSelect value={speed} onChange={setSpeed} />
        </label>
        <label>
          Size
          <select value={size} onChange={(e) => setSize(e.target.value as typeof size)}>
            {SIZES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="export__actions">
        {progress ? (
          <>
            <progress max={progress.total} value={progress.done} aria-label="Recording progress" />
            <span className="export__size">
              Recording… {Math.round((progress.done / progress.total) * 100)}%
            </span>
            <button type="button" className="export__secondary" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" className="export__primary" disabled={!valid} onClick={() => void onRecord()}>
              Record video
            </button>
            <span className="export__size">{valid ? `${Math.round(seconds + 1)} s of video at 30 frames per second` : 'The range must end after it starts.'}</span>
          </>
        )}
      </div>
      <p className={message?.warn ? 'export__message export__message--warn' : 'export__message'} role="status">
        {message?.text}
      </p>
    </section>
  );
}
