// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { StatusLine } from '../StatusLine/StatusLine';
import { FilterPanel } from './FilterPanel';

const choice = (name: RegExp) => screen.getByRole('checkbox', { name });
const countOf = (name: RegExp) => choice(name).closest('label')!.querySelector('.filters__count')!.textContent;

describe('FilterPanel', () => {
  it('shows counts for the current time view beside each choice', () => {
    renderWithStore(<FilterPanel />, { date: '2022-03-31' });
    expect(countOf(/phone calls/i)).toBe('2');
    expect(countOf(/^ukraine/i)).toBe('2');
  });

  it('filters the status line and resets in one step', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <FilterPanel />
        <StatusLine />
      </>,
      { date: '2025-12-31' },
    );
    expect(screen.getByTestId('status-line').textContent).toMatch(/^6 of 6 interactions · 7 actors/);
    await user.click(choice(/^people/i));
    expect(screen.getByTestId('status-line').textContent).toMatch(/^2 of 6 interactions · 3 actors.*filtered/);
    await user.click(choice(/^russia/i));
    expect(screen.getByTestId('status-line').textContent).toMatch(/^1 of 6 interactions · 2 actors/);
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(store.getState().filter.countries).toEqual([]);
    expect(screen.getByTestId('status-line').textContent).toMatch(/^6 of 6 interactions/);
    expect(within(screen.getByRole('group', { name: 'Actors' })).getAllByRole('checkbox').every((c) => (c as HTMLInputElement).checked)).toBe(true);
  });
});
