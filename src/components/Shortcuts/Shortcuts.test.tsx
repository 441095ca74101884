// @vitest-environment jsdom
import { act, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../domain/dates';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { ShortcutsButton, ShortcutsDialog } from './ShortcutsDialog';
import { useShortcuts } from './useShortcuts';

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
    renderHook(() => useShortcuts(store));
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
    renderHook(() => useShortcuts(store));
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
});
