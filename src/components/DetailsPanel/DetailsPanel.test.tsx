// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../domain/dates';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { startKeyboardLayer } from '../Shortcuts/keyboardLayer';
import { SMALL_FILE } from '../../../tests/fixtures/smallGraph';
import { toModel } from '../../data/toModel';
import { DetailsPanel } from './DetailsPanel';

describe('DetailsPanel', () => {
  it('shows an actor’s profile and its interactions in view, newest first, with sources', () => {
    const { store } = renderWithStore(<DetailsPanel />, { date: '2022-12-31' });
    act(() => store.getState().select({ kind: 'node', id: 'son' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Bùi Thanh Sơn');
    expect(screen.getByText('Person · Vietnam')).toBeTruthy();
    expect(screen.getByText('Foreign Minister')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('3 interactions in view');
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('interaction'));
    expect(items.map((li) => within(li).getAllByRole('button')[0]!.textContent)).toEqual(['Nov 2022', '16 Mar 2022', '15 Mar 2022']);
    expect(within(items[0]!).getByText('with Dmytro Kuleba')).toBeTruthy();
    expect(within(items[1]!).getByText('Sources disagree')).toBeTruthy();
    expect(within(items[1]!).getByText('One source says 17 March.')).toBeTruthy();
    expect(within(items[1]!).getAllByText(/Hanoi Times|Fulcrum/).length).toBe(2);
  });

  it('counts an event shared by several pairs once and lists an office held without counting it', () => {
    const file = structuredClone(SMALL_FILE);
    file.edges.push(
      { id: 'role-son', source: 'son', target: 'vietnam', kind: 'role', date: '2021-04', summary: 'Son became Foreign Minister.', sources: ['a'] },
      { id: 'meet-a', event: 'trio', source: 'son', target: 'lavrov', kind: 'meeting', date: '2022-07', summary: 'A three-way meeting.', sources: ['b'] },
      { id: 'meet-b', event: 'trio', source: 'son', target: 'kuleba', kind: 'meeting', date: '2022-07', summary: 'A three-way meeting.', sources: ['b'] },
    );
    const { store } = renderWithStore(<DetailsPanel />, { date: '2022-12-31' });
    act(() => {
      store.getState().setGraph(toModel(file));
      store.getState().setDay(store.getState().graph!.edges.find((e) => e.id === 'meet-kuleba')!.last);
      store.getState().select({ kind: 'node', id: 'son' });
    });
    // Three interactions as before, one meeting with two pairs, and the office.
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('4 interactions in view, 1 office or membership');
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('interaction'))).toHaveLength(6);
  });

  it('jumps the slider to an interaction’s date', () => {
    const { store } = renderWithStore(<DetailsPanel />, { date: '2025-12-31' });
    act(() => store.getState().select({ kind: 'node', id: 'sybiha' }));
    fireEvent.click(screen.getByRole('button', { name: '17 Feb 2025' }));
    expect(isoFromDay(store.getState().day)).toBe('2025-02-17');
  });

  it('shows an interaction with its parties, direction and sources, and Escape closes it', () => {
    const { store } = renderWithStore(<DetailsPanel />, { date: '2025-12-31' });
    act(() => store.getState().select({ kind: 'edge', id: 'call-sybiha' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Andrii Sybiha → Bùi Thanh Sơn');
    expect(screen.getByText('Fulcrum')).toBeTruthy();
    const stop = startKeyboardLayer(store);
    fireEvent.keyDown(window, { key: 'Escape' });
    stop();
    expect(store.getState().selection).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('shows text from the data as text, never as HTML', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    const graph = store.getState().graph!;
    graph.nodes[3]!.description = '<img src=x onerror="window.__pwned=1">';
    act(() => store.getState().select({ kind: 'node', id: 'son' }));
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
