// @vitest-environment jsdom
// A short name is display text for small screens: search lists the actor by its full name.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { shortNamesGraph } from '../../../tests/fixtures/shortNamesGraph';
import { SearchBox } from './SearchBox';

describe('SearchBox with short names in the file', () => {
  it('suggests the actor under its full name', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SearchBox />, { graph: shortNamesGraph() });
    await user.type(screen.getByRole('combobox', { name: /search/i }), 'son');
    const first = screen.getAllByRole('option')[0]!;
    expect(first.textContent).toContain('Bùi Thanh Sơn');
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'son' });
  });
});
