/** The "?" overlay: every keyboard shortcut in one list. */
import { useEffect, useRef } from 'react';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import './Shortcuts.css';

export const SHORTCUTS: [keys: string, what: string][] = [
  ['/', 'Search actors and interactions'],
  ['?', 'Show this list of shortcuts'],
  ['Space', 'Play or pause the replay'],
  ['J / K', 'Previous / next interaction in time (of the selected actor, if one is selected)'],
  ['← / →', 'Time slider: one day back / forward (with Shift: one month)'],
  ['↓ / ↑', 'Time slider: one month back / forward'],
  ['Page Down / Page Up', 'Time slider: one quarter back / forward (with Shift: one year)'],
  ['Home / End', 'Time slider: first / last day'],
  ['↑ / ↓, Enter, Escape', 'In the search suggestions: move, choose, close'],
  ['← / →, Enter', 'In the balance chart: move between columns; list the column’s events below the chart (and move the slider to its end)'],
  ['Escape', 'Clear the selection, or close this list'],
  ['Tab', 'Move between controls'],
];

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
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') {
        ev.stopImmediatePropagation();
        store.getState().setShortcutsOpen(false);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      before?.focus?.();
    };
  }, [open, store]);
  if (!open) return null;
  const close = () => store.getState().setShortcutsOpen(false);
  return (
    <div className="shortcuts-backdrop" onClick={close}>
      <div className="shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map(([keys, what]) => (
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
