// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../domain/dates';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { ShortcutsButton, ShortcutsDialog } from './ShortcutsDialog';
import type { TielineStore } from '../../store/createTielineStore';
import { startKeyboardLayer } from './keyboardLayer';
import { SHORTCUTS } from './shortcutTable';

let stop: (() => void) | null = null;
const layer = (store: TielineStore) => (stop = startKeyboardLayer(store));
afterEach(() => stop?.());

function Keys() {
  return null;
}

describe('shortcuts', () => {
  it('? opens the overlay listing every shortcut; Escape closes it and keeps the selection', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <ShortcutsButton />
        <ShortcutsDialog />
      </>,
    );
    layer(store);
    store.getState().select({ kind: 'node', id: 'son' });
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.textContent).toContain('J / K');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'son' });
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('J/K step through the selected actor’s interactions and keep following that actor', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Keys />, { date: '2022-01-01' });
    layer(store);
    act(() => store.getState().select({ kind: 'node', id: 'kuleba' }));
    await user.keyboard('k');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'call-kuleba' });
    expect(store.getState().day).toBe(parseFuzzyDate('2022-03-16')!.first);
    await user.keyboard('k');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'meet-kuleba' }); // not Sybiha's 2025 call with Son
    await user.keyboard('k');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'meet-kuleba' }); // nothing later: stays
    await user.keyboard('j');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'call-kuleba' });
  });

  it('Space plays and pauses from the page, in the clean view too, but not on a button or in a field', () => {
    const { store } = renderWithStore(
      <>
        <button type="button">Other</button>
        <input aria-label="Notes" />
      </>,
    );
    layer(store);
    act(() => store.getState().setCleanView(true));
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(screen.getByLabelText('Notes'), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Other' }), { key: ' ' });
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(store.getState().playing).toBe(false);
  });

  it('Escape undoes one thing at a time: the list, then the clean view, then the selection', () => {
    const { store } = renderWithStore(<ShortcutsDialog />);
    layer(store);
    act(() => {
      store.getState().select({ kind: 'node', id: 'son' });
      store.getState().setCleanView(true);
      store.getState().setShortcutsOpen(true);
    });
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect([store.getState().shortcutsOpen, store.getState().cleanView, store.getState().selection !== null]).toEqual([false, true, true]);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect([store.getState().cleanView, store.getState().selection !== null]).toEqual([false, true]);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store.getState().selection).toBeNull();
  });

  it('the list shows every entry of the table the layer runs', () => {
    const { store } = renderWithStore(<ShortcutsDialog />);
    act(() => store.getState().setShortcutsOpen(true));
    const shown = [...document.querySelectorAll('.shortcuts__row')].map((row) => row.textContent);
    expect(shown).toEqual(SHORTCUTS.map((s) => s.keys + s.what));
    expect(shown.some((t) => t?.startsWith('Space'))).toBe(true);
  });
});
