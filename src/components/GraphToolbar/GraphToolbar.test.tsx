// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toModel } from '../../data/toModel';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { largeStyledGraphFile } from '../../../tests/fixtures/largeStyledGraph';
import { ZOOM_STEP } from '../ZoomControls/ZoomControls';
import { GraphToolbar } from './GraphToolbar';

describe('GraphToolbar', () => {
  it('on a phone (zoom), asks the graph view to zoom in and out about its middle; on a desktop leaves + and − to the graph', async () => {
    const desktop = renderWithStore(<GraphToolbar />);
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull();
    desktop.unmount();
    const { store } = renderWithStore(<GraphToolbar zoom />);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(store.getState().zoomRequest).toMatchObject({ factor: ZOOM_STEP, n: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(store.getState().zoomRequest).toMatchObject({ factor: 1 / ZOOM_STEP, n: 2 });
  });

  it('offers Merge repeats on graphs cytoscape draws, and on a large graph shows it off with the reason', async () => {
    const { store } = renderWithStore(<GraphToolbar />);
    const merge = () => screen.getByRole('checkbox', { name: /Merge repeats/ });
    expect((merge() as HTMLInputElement).disabled).toBe(false);
    act(() => store.getState().setGraph(toModel(largeStyledGraphFile())));
    expect((merge() as HTMLInputElement).disabled).toBe(true);
    expect(merge().getAttribute('aria-describedby')).toBe('merge-why');
    expect(screen.getByText('(not on large graphs)')).toBeTruthy();
    // Size by activity works on both renderers.
    expect((screen.getByRole('checkbox', { name: 'Size by activity' }) as HTMLInputElement).disabled).toBe(false);
  });
});
