/**
 * Opening a person's own data: what the import is doing, as plain data the
 * import panel shows. The graph on screen changes only through `setGraph`,
 * once a new graph is checked and laid out, so a failed file never costs it.
 */
import type { MappingRequest } from '../../data/import/importTypes';
import type { SliceCreator } from './sliceTypes';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; what: string }
  | { step: 'mapping'; what: string; request: MappingRequest }
  | { step: 'layout'; what: string; nodes: number; edges: number }
  /** Building the picture of a large graph: seconds in which the page cannot answer. */
  | { step: 'drawing'; what: string; nodes: number; edges: number; /** The renderer draws in chunks: Cancel can act (the graph before comes back). */ cancellable?: boolean }
  /** `skipped` set: the rest of the file is usable and the panel offers to load it. */
  | { step: 'problems'; what: string; problems: string[]; skipped?: number }
  | { step: 'opened'; what: string; notes: string[] };

export interface ImportSlice {
  importStep: ImportStep;
  setImportStep(step: ImportStep): void;
}

export const createImportSlice: SliceCreator<ImportSlice> = (set) => ({
  importStep: { step: 'idle' },
  setImportStep: (importStep) => set({ importStep }),
});
