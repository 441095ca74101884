// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { ShareControls } from './ShareControls';

describe('ShareControls', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copies the caption with title, dates, sources and link', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderWithStore(<ShareControls />, { date: '2022-03-31' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy caption' }));
    await waitFor(() => expect(screen.getByText('Caption copied')).toBeTruthy());
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toContain('Vietnam between Russia and Ukraine (test subset)');
    expect(text).toContain('Everything up to 31 Mar 2022');
    expect(text).toContain('(Hanoi Times)');
    expect(text).toMatch(/Made with Tieline: http/);
  });

  it('falls back to a selected field when the Clipboard API is missing', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    renderWithStore(<ShareControls />, { date: '2022-03-31' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = (await screen.findByRole('textbox')) as HTMLTextAreaElement;
    expect(field.value).toMatch(/^http/);
    expect(screen.getByRole('dialog', { name: 'Copy the link' })).toBeTruthy();
  });

  it('switches to the clean view', () => {
    const { store } = renderWithStore(<ShareControls />);
    fireEvent.click(screen.getByRole('button', { name: 'Clean view' }));
    expect(store.getState().cleanView).toBe(true);
  });

  it('copies the view as it is now, not as the address bar last held it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { store } = renderWithStore(<ShareControls />, { date: '2022-03-31' });
    act(() => {
      store.getState().setCamera({ x: 12, y: -30, zoom: 1.5 });
      store.getState().select({ kind: 'node', id: 'son' });
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const link = new URL(writeText.mock.calls[0]![0] as string);
    expect([link.searchParams.get('date'), link.searchParams.get('node'), link.searchParams.get('cam')]).toEqual(['2022-03-31', 'son', '12,-30,1.5']);
  });
});
