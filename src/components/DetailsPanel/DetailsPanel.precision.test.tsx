// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraphText } from '../../data/validateGraph';
import { toModel } from '../../data/toModel';
import { parseFuzzyDate } from '../../domain/dates';
import { createTielineStore } from '../../store/createTielineStore';
import { StoreProvider } from '../../store/StoreContext';
import { DetailsPanel } from './DetailsPanel';

/** The details panel over the shipped data, at the end of 2025, with one edge selected. */
function showEdge(id: string) {
  const parsed = parseGraphText(readFileSync(join(import.meta.dirname, '../../../data/graph.json'), 'utf8'));
  if (!parsed.ok) throw new Error('shipped graph invalid');
  const store = createTielineStore();
  store.getState().setGraph(toModel(parsed.graph));
  store.getState().setDay(parseFuzzyDate('2025-12-31')!.first);
  render(
    <StoreProvider store={store}>
      <DetailsPanel />
    </StoreProvider>,
  );
  act(() => store.getState().select({ kind: 'edge', id }));
  return screen.getByRole('complementary');
}

describe('DetailsPanel: dates as the articles give them', () => {
  it('writes a decade as "1950s"', () => {
    expect(within(showEdge('cooperation-soviet-support-vietnam')).getByRole('button', { name: '1950s – 1991' })).toBeTruthy();
  });

  it('writes an as-of total as of its day', () => {
    expect(within(showEdge('evacuation-vietnam-ukraine-2022-03')).getByRole('button', { name: 'as of 16 Mar 2022' })).toBeTruthy();
  });

  it('shows a disputed date with both dates and the sources of each', () => {
    const panel = showEdge('call-son-kuleba-2022-03');
    expect(within(panel).getByRole('button', { name: '16 Mar 2022 or 17 Mar 2022' })).toBeTruthy();
    expect(within(panel).getByText('Sources disagree')).toBeTruthy();
    const claims = within(panel).getByRole('list', { name: 'Dates the sources give' });
    expect(within(claims).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '16 Mar 2022: The Hanoi Times',
      '17 Mar 2022: Fulcrum (ISEAS – Yusof Ishak Institute)',
    ]);
  });

  it('marks dates taken from outside the articles as not from the sources, approximate ones as "c."', () => {
    const venture = showEdge('cooperation-vietsovpetro');
    expect(within(venture).getByRole('button', { name: 'c. 1981 – now (not from the sources)' })).toBeTruthy();
    expect(within(venture).getByText('Not from the sources: the start date is not given by the articles cited; the note says where it comes from.')).toBeTruthy();
  });

  it('marks a role tenure from the public record', () => {
    const role = showEdge('role-dmytro-kuleba-foreign-minister');
    expect(within(role).getByRole('button', { name: 'Mar 2020 – Sep 2024 (not from the sources)' })).toBeTruthy();
    expect(within(role).getByText('Not from the sources: the dates are not given by the articles cited; the note says where they come from.')).toBeTruthy();
  });

  it('does not claim the public record for a date that is the editor\'s reading', () => {
    const obstruction = showEdge('restriction-vietnam-embassy-of-ukraine');
    expect(within(obstruction).getByText('Not from the sources: the start date is not given by the articles cited; the note says where it comes from.')).toBeTruthy();
    expect(within(obstruction).queryByText(/public record/)).toBeNull();
    expect(within(obstruction).getByText(/our reading of the context/)).toBeTruthy();
  });

  it('says "between" for a point event the article places only in a window', () => {
    expect(within(showEdge('agreement-vietnam-ukraine-delegations')).getByRole('button', { name: 'between 2024 and 6 Mar 2025' })).toBeTruthy();
  });
});

describe('DetailsPanel: one event, several pairs', () => {
  it('lists every pair of the New York meeting and selects another from the list', () => {
    const panel = showEdge('meeting-to-lam-zelensky-2024-09');
    const event = within(panel).getByRole('region', { name: 'One event' });
    expect(within(event).getByRole('heading').textContent).toBe('One event: 3 pairs, 4 participants');
    expect(within(event).getByText('Tô Lâm – Volodymyr Zelensky (shown)')).toBeTruthy();
    fireEvent.click(within(event).getByRole('button', { name: 'Lê Hoài Trung – Volodymyr Zelensky' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Lê Hoài Trung – Volodymyr Zelensky');
  });

  it('shows no event list for an interaction that stands alone', () => {
    expect(within(showEdge('call-sybiha-son-2025-02-17')).queryByRole('region', { name: 'One event' })).toBeNull();
  });
});
