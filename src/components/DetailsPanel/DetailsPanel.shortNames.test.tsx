// @vitest-environment jsdom
// A short name is what a small screen draws on the graph; the details keep the full name.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { shortNamesGraph } from '../../../tests/fixtures/shortNamesGraph';
import { DetailsPanel } from './DetailsPanel';

describe('DetailsPanel with short names in the file', () => {
  it('titles the actor and names its counterparts by their full names', () => {
    const graph = shortNamesGraph();
    expect(graph.nodes[graph.nodeIndex.get('son')!]!.shortName).toBe('Sơn');
    const { store } = renderWithStore(<DetailsPanel />, { date: '2022-12-31', graph });
    act(() => store.getState().select({ kind: 'node', id: 'son' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Bùi Thanh Sơn');
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('interaction'));
    expect(within(items[0]!).getByText('with Dmytro Kuleba')).toBeTruthy();
    // Neither short name stands anywhere on its own (exact text match).
    expect(screen.queryByText('Sơn')).toBeNull();
    expect(screen.queryByText('with Kuleba')).toBeNull();
  });
});
