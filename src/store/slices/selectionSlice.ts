/** The selected actor or interaction. */
import type { SliceCreator } from './sliceTypes';

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface SelectionSlice {
  selection: Selection;
  select(selection: Selection): void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
});
