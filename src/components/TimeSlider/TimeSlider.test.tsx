// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../domain/dates';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { StatusLine } from '../StatusLine/StatusLine';
import { TimeSlider } from './TimeSlider';

const slider = () => screen.getByRole('slider', { name: 'Date' });
const iso = (store: ReturnType<typeof renderWithStore>['store']) => isoFromDay(store.getState().day);

describe('TimeSlider', () => {
  it('is a slider whose value text is the date in words', () => {
    renderWithStore(<TimeSlider />, { date: '2025-02-17' });
    expect(slider().getAttribute('aria-valuetext')).toBe('Up to 17 Feb 2025');
  });

  it('steps a day, a month, a quarter and a year by keyboard', () => {
    const { store } = renderWithStore(<TimeSlider />, { date: '2022-03-15' });
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(iso(store)).toBe('2022-03-16');
    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    expect(iso(store)).toBe('2022-03-14');
    fireEvent.keyDown(slider(), { key: 'ArrowUp' });
    expect(iso(store)).toBe('2022-04-14');
    fireEvent.keyDown(slider(), { key: 'ArrowDown' });
    expect(iso(store)).toBe('2022-03-14');
    fireEvent.keyDown(slider(), { key: 'PageUp' });
    expect(iso(store)).toBe('2022-06-14');
    fireEvent.keyDown(slider(), { key: 'PageUp', shiftKey: true });
    expect(iso(store)).toBe('2023-06-14');
    fireEvent.keyDown(slider(), { key: 'PageDown' });
    expect(iso(store)).toBe('2023-03-14');
    expect(slider().getAttribute('aria-valuetext')).toBe('Up to 14 Mar 2023');
  });

  it('goes to the ends with Home and End, and never past them', () => {
    const { store } = renderWithStore(<TimeSlider />, { date: '2023-06-01' });
    fireEvent.keyDown(slider(), { key: 'Home' });
    expect(iso(store)).toBe('2022-01-01');
    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    expect(iso(store)).toBe('2022-01-01');
    fireEvent.keyDown(slider(), { key: 'End' });
    expect(iso(store)).toBe('2025-12-31');
    fireEvent.keyDown(slider(), { key: 'PageUp', shiftKey: true });
    expect(iso(store)).toBe('2025-12-31');
  });

  it('describes a window in words', () => {
    const { store } = renderWithStore(<TimeSlider />, { date: '2022-05-31' });
    act(() => {
      store.getState().setMode('window');
      store.getState().setWindow({ amount: 3, unit: 'month' });
    });
    expect(slider().getAttribute('aria-valuetext')).toBe('Mar 2022 – May 2022');
    act(() => store.getState().setWindow({ amount: 10, unit: 'day' }));
    expect(slider().getAttribute('aria-valuetext')).toBe('22 – 31 May 2022');
  });

  it('shows a year tick for each year of the range', () => {
    renderWithStore(<TimeSlider />);
    const labels = [...document.querySelectorAll('.tick__label')].map((n) => n.textContent);
    expect(labels).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('follows replay frames without re-rendering: value, words and thumb move, the strip is not rebuilt', () => {
    let renders = 0;
    const { store } = renderWithStore(
      <Profiler id="time" onRender={() => renders++}>
        <TimeSlider />
        <StatusLine />
      </Profiler>,
      { date: '2022-03-15' },
    );
    act(() => store.getState().setPlaying(true));
    const before = renders;
    const thumb = document.querySelector<HTMLElement>('.time-slider__thumb')!;
    const left = thumb.style.left;
    for (let k = 1; k <= 30; k++) act(() => store.getState().setDay(store.getState().day + 1));
    expect(renders).toBe(before);
    expect(slider().getAttribute('aria-valuetext')).toBe('Up to 14 Apr 2022');
    expect(slider().getAttribute('aria-valuenow')).toBe(String(store.getState().day));
    expect(document.querySelector('.time-slider__readout')!.textContent).toBe('Up to 14 Apr 2022');
    expect(thumb.style.left).not.toBe(left);
    expect(screen.getByTestId('status-line').textContent).toMatch(/· up to 14 Apr 2022$/);
  });
});
