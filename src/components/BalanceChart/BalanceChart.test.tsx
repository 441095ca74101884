// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../domain/dates';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { BalanceChart } from './BalanceChart';

const yearRow = (year: string) =>
  [...screen.getByRole('table').querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent === year)!;
const cells = (year: string) => [...yearRow(year).querySelectorAll('td')].map((td) => td.textContent);

describe('BalanceChart', () => {
  it('defaults to Vietnam against Russia and Ukraine, with a per-year table', () => {
    renderWithStore(<BalanceChart />);
    expect((screen.getByRole('combobox', { name: /actor/i }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Vietnam');
    expect(screen.getByRole('columnheader', { name: 'with Russia' })).toBeTruthy();
    // 2022: Son–Lavrov call; Son–Kuleba call, evacuation and meeting. 2025: Sybiha–Son call.
    expect(cells('2022')).toEqual(['1', '3']);
    expect(cells('2025')).toEqual(['0', '1']);
  });

  it('lists a quarter’s interactions on focus and moves the slider to its end on Enter', () => {
    const { store } = renderWithStore(<BalanceChart />);
    const chart = screen.getByRole('application');
    fireEvent.focus(chart);
    fireEvent.keyDown(chart, { key: 'End' });
    fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    fireEvent.keyDown(chart, { key: 'Home' });
    expect(chart.getAttribute('aria-activedescendant')).toBe('balance-q0');
    expect(document.querySelector('.balance__popover')!.textContent).toMatch(/Q1 2022: 3 interactions.*Russia \(1\).*Ukraine \(2\)/);
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(store.getState().day).toBe(parseFuzzyDate('2022-03-31')!.first);
  });

  it('follows the filters', () => {
    const { store } = renderWithStore(<BalanceChart />);
    act(() => store.getState().toggleEdgeKind('call'));
    expect(cells('2022')).toEqual(['0', '2']);
  });
});
