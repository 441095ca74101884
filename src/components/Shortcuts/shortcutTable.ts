/**
 * Every keyboard shortcut, in one table: the keyboard layer runs the page-wide
 * ones and the shortcuts list shows them all. Entries without `run` belong to
 * one control (slider, search, chart, graph), which handles them itself; they
 * are here so the list is complete.
 */
import type { TielineStore } from '../../store/createTielineStore';
import { SEARCH_INPUT_ID } from '../SearchBox/SearchBox';
import { stepTo } from './stepInteraction';

export interface ShortcutContext {
  store: TielineStore;
  /** The actor J/K were stepping through, kept between presses. */
  actorHint: { current: number | null };
  /** The element the key was pressed on. */
  target: EventTarget | null;
  /** `KeyboardEvent.key` of the press. */
  key: string;
}

export interface Shortcut {
  /** As shown in the list. */
  keys: string;
  what: string;
  /** `KeyboardEvent.key` values this entry answers page-wide. */
  match?: readonly string[];
  /** Runs the shortcut; returns false when it did nothing (the key then keeps its usual effect). */
  run?(ctx: ShortcutContext): boolean;
  /**
   * Also on buttons, links, check boxes and other controls that Space or
   * Escape would otherwise operate. Off by default: Space on a button presses it.
   */
  overControls?: boolean;
  /** Also while typing in a field (only Escape closing the list needs this). */
  whileTyping?: boolean;
}

/** Inside a dialog other than the shortcuts list, Escape belongs to the dialog. */
function inOtherDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog, [role="dialog"]:not(.shortcuts)') !== null;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: '/',
    what: 'Search actors and interactions',
    match: ['/'],
    overControls: true,
    run: () => {
      const input = document.getElementById(SEARCH_INPUT_ID);
      input?.focus();
      return input !== null;
    },
  },
  { keys: '?', what: 'Show this list of shortcuts', match: ['?'], overControls: true, run: ({ store }) => (store.getState().setShortcutsOpen(true), true) },
  { keys: 'Space', what: 'Play or pause the replay (also in the clean view)', match: [' '], run: ({ store }) => (store.getState().togglePlaying(), true) },
  {
    keys: 'J / K',
    what: 'Previous / next interaction in time (of the selected actor, if one is selected)',
    match: ['j', 'J', 'k', 'K'],
    overControls: true,
    run: (ctx) => (stepTo(ctx.store, /j/i.test(ctx.key) ? -1 : 1, ctx.actorHint), true),
  },
  { keys: '← → ↑ ↓', what: 'On the graph: move to the nearest actor that way; it becomes the selection' },
  { keys: 'Enter / Shift+Enter', what: 'On the graph: next / previous tie of the selected actor' },
  { keys: '← / →', what: 'Time slider: one day back / forward (with Shift: one month)' },
  { keys: '↓ / ↑', what: 'Time slider: one month back / forward' },
  { keys: 'Page Down / Page Up', what: 'Time slider: one quarter back / forward (with Shift: one year)' },
  { keys: 'Home / End', what: 'Time slider: first / last day' },
  { keys: '↑ / ↓, Enter, Escape', what: 'In the search suggestions: move, choose, close' },
  { keys: '← / →, Enter', what: 'In the balance chart: move between columns; list the column’s events below the chart (and move the slider to its end)' },
  {
    keys: 'Escape',
    what: 'Close this list; else leave the clean view; else clear the selection',
    match: ['Escape'],
    overControls: true,
    whileTyping: true,
    run: ({ store, target }) => {
      const s = store.getState();
      if (s.shortcutsOpen) {
        s.setShortcutsOpen(false);
        return true;
      }
      if (inOtherDialog(target) || isTyping(target)) return false;
      if (s.cleanView) {
        s.setCleanView(false);
        return true;
      }
      if (s.selection) {
        s.select(null);
        return true;
      }
      return false;
    },
  },
  { keys: 'Tab', what: 'Move between controls (the first Tab offers links to skip to the graph or the time slider)' },
];

/** Keys typed into these are text, never shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const el = target as HTMLElement;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes((el as HTMLInputElement).type);
}

/** Controls that Space and Escape already operate. */
export function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('button, a[href], summary, input, select, textarea, [role="button"], [role="checkbox"], [role="radio"], [role="switch"]') !== null;
}
