// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isoFromDay } from '../../domain/dates';
import { startPlaybackLoop } from '../../store/playbackLoop';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { PlaybackControls } from './PlaybackControls';

describe('PlaybackControls', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'setTimeout', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('toggles between Play and Pause, and replay advances the date', () => {
    const { store } = renderWithStore(<PlaybackControls />, { date: '2022-03-01' });
    const stop = startPlaybackLoop(store);
    const button = screen.getByRole('button', { name: 'Play' });
    fireEvent.click(button);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(1000));
    // One second at the default speed (91 days per second) moves about a quarter.
    const day = store.getState().day;
    expect(isoFromDay(day) > '2022-05-25').toBe(true);
    expect(isoFromDay(day) < '2022-06-05').toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().day).toBe(day);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    stop();
  });

  it('stops at the end unless looping, and restarts from the beginning when played at the end', () => {
    const { store } = renderWithStore(<PlaybackControls />, { date: '2025-11-01' });
    const stop = startPlaybackLoop(store);
    act(() => store.getState().setPlaying(true));
    act(() => vi.advanceTimersByTime(2000));
    expect(isoFromDay(store.getState().day)).toBe('2025-12-31');
    expect(store.getState().playing).toBe(false);
    act(() => store.getState().setPlaying(true));
    expect(isoFromDay(store.getState().day)).toBe('2022-01-01');
    act(() => {
      store.getState().setLoop(true);
      store.getState().setDay(store.getState().day + 1400);
    });
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().playing).toBe(true);
    expect(isoFromDay(store.getState().day) < '2022-06-01').toBe(true);
    stop();
  });
});
