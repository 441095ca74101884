// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../../domain/dates';
import { questionsGraph } from '../../../tests/fixtures/questionsGraph';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { SidePanel } from '../SidePanel/SidePanel';
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
    expect(cells('2022')).toEqual(['1', '3 (1 disputed or planned)']);
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
    expect(document.querySelector('.balance__popover')!.textContent).toMatch(/Q1 2022: 3 events.*Russia \(1\).*Ukraine \(2\)/);
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(store.getState().day).toBe(parseFuzzyDate('2022-03-31')!.first);
    expect(store.getState().logFilter.period).toMatchObject({ label: 'Q1 2022', quarter: true });
  });

  it('follows the filters', () => {
    const { store } = renderWithStore(<BalanceChart />);
    act(() => store.getState().toggleEdgeKind('call'));
    expect(cells('2022')).toEqual(['0', '2']);
  });
});

describe('BalanceChart answers one question in one view', () => {
  const graph = questionsGraph();

  it('keeps year-only facts in their own column, counts events, and offers contacts only', async () => {
    const user = userEvent.setup();
    renderWithStore(<BalanceChart />, { graph });
    expect(screen.getByRole('img', { name: /^2024, date not given: Russia 3, Ukraine 1$/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Q1 2024: Russia 0, Ukraine 0$/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Q3 2024: Russia 0, Ukraine 1$/ })).toBeTruthy(); // New York: one event
    expect(cells('2024')).toEqual(['3', '2 (1 disputed or planned)']);
    await user.click(screen.getByRole('radio', { name: /contacts/i }));
    expect(cells('2024')).toEqual(['2', '2 (1 disputed or planned)']);
  });

  it('clicking a year lists exactly its events in the log below the chart', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<SidePanel />, { graph });
    act(() => store.getState().setPanel('balance'));
    await user.click(screen.getByRole('radio', { name: /contacts/i }));
    await user.click(screen.getByRole('button', { name: '2024' }));
    const log = screen.getByRole('region', { name: 'Events of 2024' });
    const rows = within(log).getAllByRole('row').slice(1).map((r) => r.textContent!);
    expect(rows).toHaveLength(4);
    expect(rows.filter((t) => t.includes('New York'))).toHaveLength(1);
    expect(rows.some((t) => t.includes('Kazan'))).toBe(true);
    expect(rows.some((t) => t.includes('Trade'))).toBe(false);
    expect(within(log).getByText('Disputed')).toBeTruthy();
  });
});
