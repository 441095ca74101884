/**
 * For what changes on every replay frame (the slider's thumb and value, the
 * status line's date): writes a value derived from the state straight to the
 * DOM from a store subscription, so a frame re-renders no component (React
 * work per frame was most of what the app added to the canvas). The nodes
 * written this way must not also be set by React (no JSX prop or children for
 * what `write` sets), or the two would disagree.
 *
 * `write` runs after every render of the component (its nodes may be new) and
 * on each store change that changes `select`'s value (Object.is). `select`
 * reads only the state; `write` may read refs.
 */
import { useLayoutEffect, useRef } from 'react';
import type { TielineState } from './createTielineStore';
import { useTielineStore } from './StoreContext';

export function useStateToDom<T>(select: (s: TielineState) => T, write: (value: T) => void): void {
  const store = useTielineStore();
  const latest = useRef({ select, write });
  latest.current = { select, write };
  const last = useRef<{ value: T } | null>(null);
  // After every render: the component's nodes may be new, so write whatever the value.
  useLayoutEffect(() => {
    const value = latest.current.select(store.getState());
    last.current = { value };
    latest.current.write(value);
  });
  useLayoutEffect(
    () =>
      store.subscribe((s) => {
        const value = latest.current.select(s);
        if (last.current && Object.is(value, last.current.value)) return;
        last.current = { value };
        latest.current.write(value);
      }),
    [store],
  );
}

/** Sets an element's text, changing its one text node in place (cheaper per frame than replacing it with textContent). */
export function writeText(el: HTMLElement | null, text: string): void {
  if (!el) return;
  const node = el.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) {
    if ((node as Text).data !== text) (node as Text).data = text;
  } else el.textContent = text;
}
