/**
 * The one page-wide keyboard listener. It looks the key up in SHORTCUTS and
 * runs the entry, unless the person is typing in a field, or the key belongs
 * to the control that has focus (Space on a button), or another handler took
 * it already (`defaultPrevented`, e.g. the time slider's own keys).
 */
import type { TielineStore } from '../../store/createTielineStore';
import { isControl, isTyping, SHORTCUTS, type Shortcut } from './shortcutTable';

const BY_KEY = new Map<string, Shortcut>();
for (const entry of SHORTCUTS) for (const key of entry.match ?? []) BY_KEY.set(key, entry);

/** Starts listening on `target` (the window); returns a function that stops. */
export function startKeyboardLayer(store: TielineStore, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const actorHint = { current: null as number | null };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    const entry = BY_KEY.get(ev.key);
    if (!entry?.run) return;
    if (!entry.whileTyping && isTyping(ev.target)) return;
    if (!entry.overControls && isControl(ev.target)) return;
    if (!store.getState().graph) return;
    if (entry.run({ store, actorHint, target: ev.target, key: ev.key })) ev.preventDefault();
  };
  target.addEventListener('keydown', onKey as EventListener);
  return () => target.removeEventListener('keydown', onKey as EventListener);
}
