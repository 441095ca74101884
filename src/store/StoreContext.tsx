/**
 * React access to the one store. Components select what they need; selectors
 * must return stable values (primitives, or objects kept in the store), and
 * `useShallow` where a selector builds an object.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TielineState, TielineStore } from './createTielineStore';

const StoreContext = createContext<TielineStore | null>(null);

export function StoreProvider({ store, children }: { store: TielineStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for actions and for code that subscribes outside renders. */
export function useTielineStore(): TielineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTielineStore must be used inside <StoreProvider>');
  return store;
}

/** Reads a slice of state; the component re-renders only when it changes. */
export function useTieline<T>(selector: (s: TielineState) => T): T {
  return useStore(useTielineStore(), selector);
}
