/** The "?" overlay: every keyboard shortcut in one list. */
import { useEffect, useRef } from 'react';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { SHORTCUTS } from './shortcutTable';
import './Shortcuts.css';


export function ShortcutsButton() {
  const store = useTielineStore();
  return (
    <button type="button" className="shortcuts-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => store.getState().setShortcutsOpen(true)}>
      ?
    </button>
  );
}

export function ShortcutsDialog() {
  const store = useTielineStore();
  const open = useTieline((s) => s.shortcutsOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    // Escape is the keyboard layer's (shortcutTable.ts): it closes this list first.
    return () => before?.focus?.();
  }, [open]);
  if (!open) return null;
  const close = () => store.getState().setShortcutsOpen(false);
  return (
    <div className="shortcuts-backdrop" onClick={close}>
      <div className="shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map(({ keys, what }) => (
            <div key={keys + what} className="shortcuts__row">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}
