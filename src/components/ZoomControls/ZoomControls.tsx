/**
 * + and − for the graph: ask the graph view (either renderer) to zoom about
 * the middle of the view. On a desktop they sit on the graph's corner, as on
 * a map, so the toolbar keeps to one row; on a phone they sit in the More menu.
 */
import { useTielineStore } from '../../store/StoreContext';
import './ZoomControls.css';

/** How much one press of + or − zooms. */
export const ZOOM_STEP = 1.5;

export function ZoomControls({ onGraph = false }: { onGraph?: boolean }) {
  const store = useTielineStore();
  return (
    <div className={onGraph ? 'zoom-controls zoom-controls--on-graph' : 'zoom-controls'} role="group" aria-label="Zoom">
      <button type="button" onClick={() => store.getState().requestZoom(ZOOM_STEP)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => store.getState().requestZoom(1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
    </div>
  );
}
