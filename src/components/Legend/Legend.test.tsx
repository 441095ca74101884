// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { busyPairGraph } from '../../../tests/fixtures/busyPairGraph';
import { Legend } from './Legend';

const lineStyles = () => within(screen.getByRole('list', { name: 'Line styles' })).getAllByRole('listitem').map((li) => li.textContent?.trim());

describe('Legend', () => {
  it('explains the line styles the graph uses, and "possibly in view" only in a window', () => {
    const { store } = renderWithStore(<Legend />, { date: '2022-12-31' });
    // The small graph has a disputed call.
    expect(lineStyles()).toContain('Disputed');
    expect(lineStyles()).not.toContain('Possibly in view');
    act(() => store.getState().setMode('window'));
    expect(lineStyles()).toContain('Possibly in view');
  });

  it('says how parallel ties are drawn, and how merged lines are when Merge repeats is on', () => {
    const { store } = renderWithStore(<Legend />, { date: '2022-12-31' });
    expect(screen.getByText(/Several ties between one pair are drawn side by side/)).toBeTruthy();
    act(() => store.getState().setAggregateEdges(true));
    expect(screen.getByText(/grey where kinds mix/)).toBeTruthy();
  });

  it('does not mention pairs drawn as one line where the graph has none', () => {
    renderWithStore(<Legend />, { date: '2022-12-31' });
    expect(screen.queryByText(/more than 64 as one line/)).toBeNull();
  });

  it('says so where the graph has a pair with more than 64 interactions', () => {
    renderWithStore(<Legend />, { date: '2020-06-01', graph: busyPairGraph() });
    expect(screen.getByText(/Several ties between one pair are drawn side by side; more than 64 as one line, its width and number the count\./)).toBeTruthy();
  });
});
