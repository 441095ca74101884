/** In the clean view: a small button back to the controls, and Escape does the same (the keyboard layer's). */
import { useEffect, useRef } from 'react';
import { useTieline, useTielineStore } from '../../store/StoreContext';

export function CleanViewExit() {
  const store = useTielineStore();
  const clean = useTieline((s) => s.cleanView);
  const was = useRef(clean);
  useEffect(() => {
    if (was.current === clean) return;
    was.current = clean;
    // The graph area changes size: refit once the layout has settled, unless the person framed the graph themselves.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (!store.getState().camera) store.getState().requestFit();
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [store, clean]);
  if (!clean) return null;
  return (
    <button type="button" className="clean-view-exit" onClick={() => store.getState().setCleanView(false)} title="Show the controls again (Escape)">
      Show controls
    </button>
  );
}
