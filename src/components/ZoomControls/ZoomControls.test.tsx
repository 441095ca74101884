// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { ZOOM_STEP, ZoomControls } from './ZoomControls';

describe('ZoomControls', () => {
  it('on the graph, + and − ask for a zoom about the middle, one request per press', async () => {
    const { store } = renderWithStore(<ZoomControls onGraph />);
    expect(screen.getByRole('group', { name: 'Zoom' }).className).toContain('zoom-controls--on-graph');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(store.getState().zoomRequest).toMatchObject({ factor: ZOOM_STEP, n: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(store.getState().zoomRequest).toMatchObject({ factor: 1 / ZOOM_STEP, n: 3 });
  });
});
