// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../domain/dates';
import { questionsGraph } from '../../../tests/fixtures/questionsGraph';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { EventLog } from './EventLog';

const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');
const firstCells = () => bodyRows().map((r) => within(r).getAllByRole('cell')[0]!.textContent);

describe('EventLog', () => {
  it('lists the interactions in view with their dates at their own precision, newest first', () => {
    renderWithStore(<EventLog />, { date: '2022-12-31' });
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toMatch(/^5 events in view up to 31 Dec 2022/);
    expect(firstCells()).toEqual(['Nov 2022', '16 Mar 2022', '15 Mar 2022', 'Mar 2022', '30 Jan 1950']);
    expect(screen.getByRole('columnheader', { name: /date/i }).getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by a column and says so with aria-sort', async () => {
    const user = userEvent.setup();
    renderWithStore(<EventLog />, { date: '2022-12-31' });
    await user.click(screen.getByRole('button', { name: /^kind/i }));
    const kindHeader = screen.getByRole('columnheader', { name: /kind/i });
    expect(kindHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /date/i }).getAttribute('aria-sort')).toBeNull();
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[2]!.textContent!.trim())).toEqual([
      'Diplomatic relations', 'Evacuation', 'Meeting', 'Phone call', 'Phone call',
    ]);
    await user.click(screen.getByRole('button', { name: /^kind/i }));
    expect(kindHeader.getAttribute('aria-sort')).toBe('descending');
    expect(within(bodyRows()[0]!).getAllByRole('cell')[2]!.textContent!.trim()).toBe('Phone call');
  });

  it('selects a row’s interaction in the store, and marks the row the store selects', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventLog />, { date: '2022-12-31' });
    await user.click(screen.getByRole('button', { name: 'Bùi Thanh Sơn – Sergey Lavrov' }));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'call-lavrov' });
    expect(bodyRows()[2]!.getAttribute('aria-current')).toBe('true');
    act(() => store.getState().select({ kind: 'edge', id: 'evac' }));
    expect(bodyRows()[3]!.getAttribute('aria-current')).toBe('true');
    expect(bodyRows()[2]!.getAttribute('aria-current')).toBeNull();
  });

  it('follows the filters', async () => {
    const { store } = renderWithStore(<EventLog />, { date: '2022-12-31' });
    act(() => store.getState().toggleNodeKind('person'));
    expect(firstCells()).toEqual(['Mar 2022', '30 Jan 1950']);
  });
});

describe('EventLog answers questions by itself', () => {
  const graph = questionsGraph();
  const rowTexts = () => bodyRows().map((r) => r.textContent!);

  it('shows one row per event with every participant, place and status; no offices held', () => {
    renderWithStore(<EventLog />, { graph, date: '2025-12-31' });
    const ny = rowTexts().filter((t) => t.includes('New York (UN General Assembly)'));
    expect(ny).toHaveLength(1);
    expect(ny[0]).toContain('Tô Lâm, Lê Hoài Trung, Bùi Thanh Sơn – Volodymyr Zelensky');
    expect(rowTexts().some((t) => t.includes('Office held'))).toBe(false);
    const kuleba = bodyRows().find((r) => r.textContent!.includes('Dmytro Kuleba'))!;
    expect(within(kuleba).getAllByRole('cell')[1]!.textContent).toBe('Disputed');
    expect(within(kuleba).getAllByRole('cell')[0]!.textContent).toBe('16 Mar 2022');
    expect(rowTexts().find((t) => t.includes('state visit'))).toMatch(/^2024 Visit/); // the year as written, no status
  });

  it('filters by words and by a participant, kept in the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventLog />, { graph, date: '2025-12-31' });
    await user.selectOptions(screen.getByRole('combobox', { name: /with/i }), 'Volodymyr Zelensky');
    expect(firstCells()).toEqual(['Jan 2025', 'Sep 2024', '2024', 'May 2023']);
    await user.type(screen.getByRole('searchbox', { name: /filter rows/i }), 'davos');
    expect(firstCells()).toEqual(['Jan 2025']);
    expect(store.getState().logFilter).toMatchObject({ text: 'davos', with: graph.nodeIndex.get('zelensky') });
    await user.click(screen.getByRole('button', { name: /^place/i }));
    expect(store.getState().logSort).toEqual({ key: 'place', dir: 'ascending' });
  });

  it('narrowed to a period lists the whole period whatever the slider, and says so', () => {
    const { store } = renderWithStore(<EventLog />, { graph, date: '2022-01-01' });
    const y = parseFuzzyDate('2024')!;
    act(() => store.getState().setLogFilter({ period: { first: y.first, last: y.last, label: '2024' } }));
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toMatch(/^5 events in 2024 \(whole period/);
    act(() => store.getState().setLogFilter({ period: null }));
    expect(screen.getByRole('status').textContent).toMatch(/No events match/);
  });
});
