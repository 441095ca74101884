/** The selected actor or interaction. */
import type { ViewSelection } from '../../domain/viewEngine';
import type { SliceCreator } from './sliceTypes';

/** A pair's id is its two actor ids joined by a space (an aggregated edge). */
export type Selection = ViewSelection;

export interface SelectionSlice {
  selection: Selection;
  select(selection: Selection): void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
});
