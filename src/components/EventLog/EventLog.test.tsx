// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { EventLog } from './EventLog';

const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');
const firstCells = () => bodyRows().map((r) => within(r).getAllByRole('cell')[0]!.textContent);

describe('EventLog', () => {
  it('lists the interactions in view with their dates at their own precision, newest first', () => {
    renderWithStore(<EventLog />, { date: '2022-12-31' });
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toMatch(/^5 interactions in view up to 31 Dec 2022/);
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
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[1]!.textContent!.trim())).toEqual([
      'Diplomatic relations', 'Evacuation', 'Meeting', 'Phone call', 'Phone call',
    ]);
    await user.click(screen.getByRole('button', { name: /^kind/i }));
    expect(kindHeader.getAttribute('aria-sort')).toBe('descending');
    expect(within(bodyRows()[0]!).getAllByRole('cell')[1]!.textContent!.trim()).toBe('Phone call');
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
