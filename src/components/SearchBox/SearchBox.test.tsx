// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFuzzyDate } from '../../domain/dates';
import { questionsGraph } from '../../../tests/fixtures/questionsGraph';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { SearchBox } from './SearchBox';

describe('SearchBox', () => {
  it('suggests as you type, without diacritics, and choosing an actor selects and centres it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />);
    const box = screen.getByRole('combobox', { name: /search/i });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.type(box, 'bui thanh')
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options[0]!.textContent).toContain('Bùi Thanh Sơn');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'son' });
    expect(store.getState().centerRequest?.node).toBe(store.getState().graph!.nodeIndex.get('son'));
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves through suggestions with the arrow keys and jumps to a chosen interaction’s date', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, { date: '2022-01-01' });
    const box = screen.getByRole('combobox');
    await user.type(box, 'sybiha');
    await user.keyboard('{ArrowDown}');
    const options = screen.getAllByRole('option');
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'call-sybiha' });
    expect(store.getState().day).toBe(parseFuzzyDate('2025-02-17')!.first);
  });

  it('closes on Escape, then clears on a second Escape, keeping the selection', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />);
    store.getState().select({ kind: 'node', id: 'kuleba' });
    const box = screen.getByRole('combobox');
    await user.type(box, 'lav');
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('lav');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'kuleba' });
  });
});

describe('SearchBox builds its index', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('only once the graph is drawn, in idle callbacks, so it never delays the first drawn graph', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const { store, unmount } = renderWithStore(<SearchBox />);
    const build = vi.spyOn(store.getState().engine, 'prepareSearchIndex');
    expect(store.getState().drawnGraph).toBeNull();
    expect(idle).toHaveLength(0); // the graph is loaded but not yet painted
    act(() => store.getState().setDrawnGraph(store.getState().graph!));
    expect(idle).toHaveLength(1);
    expect(build).not.toHaveBeenCalled();
    idle[0]!();
    await waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    unmount(); // while the stubs are in place
  });
});

describe('SearchBox answers questions', () => {
  const graph = questionsGraph();

  it('groups results with counts and shows an interaction’s date as written and its certainty', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { graph });
    await user.type(screen.getByRole('combobox'), 'chinh zelensky');
    const group = screen.getByRole('group', { name: 'Interactions (3)' });
    const options = within(group).getAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]!.textContent).toContain('Jan 2025');
    const disputed = options.find((o) => o.textContent!.includes('2024'))!;
    expect(within(disputed).getByText('Disputed')).toBeTruthy();
    expect(screen.queryByRole('group', { name: /^Actors/ })).toBeNull();
  });

  it('says so on a miss and offers the nearest matches, which search when chosen', async () => {
    const user = userEvent.setup();
    renderWithStore(<SearchBox />, { graph });
    const box = screen.getByRole('combobox');
    await user.type(box, 'davso');
    expect(screen.getByRole('status').textContent).toMatch(/No match for “davso”. Nearest matches/);
    await user.keyboard('{Enter}');
    expect((box as HTMLInputElement).value).toBe('davos');
    expect(within(screen.getByRole('group', { name: /^Interactions/ })).getByRole('option').textContent).toContain('Davos');
  });

  it('a period opens the event log narrowed to it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, { graph });
    await user.type(screen.getByRole('combobox'), 'March 2022');
    const period = within(screen.getByRole('group', { name: /^Periods/ })).getByRole('option');
    expect(period.textContent).toContain('Mar 2022');
    expect(period.textContent).toContain('6 events');
    await user.keyboard('{Enter}');
    expect(store.getState().panel).toBe('log');
    expect(store.getState().logFilter.period).toMatchObject({ label: 'Mar 2022', first: parseFuzzyDate('2022-03')!.first, last: parseFuzzyDate('2022-03')!.last });
  });

  it('a place lists its events at all dates in the log; an event result names all its participants', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, { graph, date: '2022-01-01' });
    const box = screen.getByRole('combobox');
    await user.type(box, 'new york (un');
    const ny = within(screen.getByRole('group', { name: /^Interactions/ })).getAllByRole('option').find((o) => o.textContent!.includes('Tô Lâm met'))!;
    expect(ny.textContent).toContain('Tô Lâm, Lê Hoài Trung, Bùi Thanh Sơn – Volodymyr Zelensky');
    await user.click(within(screen.getByRole('group', { name: /^Places/ })).getByRole('option'));
    expect(store.getState().panel).toBe('log');
    expect(store.getState().logFilter).toMatchObject({ text: 'New York (UN General Assembly)', period: { label: 'all dates', first: graph.extent.first } });
  });
});
