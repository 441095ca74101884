/** Which side panel is open (filters, event log, balance chart) and the shortcuts overlay. */
import type { SliceCreator } from './sliceTypes';

export const PANEL_NAMES = ['filters', 'log', 'balance'] as const;
export type PanelName = (typeof PANEL_NAMES)[number];

export interface PanelSlice {
  panel: PanelName | null;
  shortcutsOpen: boolean;
  /** Balance chart: the actor and its counterparts (node indices); null = defaults from the data. */
  balance: { actor: number; counterparts: number[] } | null;
  setPanel(panel: PanelName | null): void;
  togglePanel(panel: PanelName): void;
  setShortcutsOpen(open: boolean): void;
  setBalance(balance: PanelSlice['balance']): void;
}

export const createPanelSlice: SliceCreator<PanelSlice> = (set, get) => ({
  panel: null,
  shortcutsOpen: false,
  balance: null,
  setPanel: (panel) => set({ panel }),
  togglePanel: (panel) => set({ panel: get().panel === panel ? null : panel }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  setBalance: (balance) => set({ balance }),
});
