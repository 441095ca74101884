// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { importGraph } from '../../data/import/importGraph';
import { toModel } from '../../data/toModel';
import { isoFromDay, parseFuzzyDate } from '../../domain/dates';
import { textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { StatusLine } from './StatusLine';

const text = () => screen.getByTestId('status-line').textContent;

describe('StatusLine', () => {
  it('says how many interactions and actors are in view, and when', () => {
    renderWithStore(<StatusLine />, { date: '2022-03-15' });
    // 1950 relations, the month-precision evacuation and the 15 March call.
    expect(text()).toBe('3 of 6 interactions · 5 actors · up to 15 Mar 2022');
  });

  it('follows the date and the window', () => {
    const { store } = renderWithStore(<StatusLine />, { date: '2022-12-31' });
    expect(text()).toBe('5 of 6 interactions · 6 actors · up to 31 Dec 2022');
    act(() => {
      store.getState().setMode('window');
      store.getState().setWindow({ amount: 3, unit: 'month' });
    });
    expect(text()).toBe('1 of 6 interactions · 2 actors · Oct 2022 – Dec 2022');
  });

  it('uses the singular for one', () => {
    renderWithStore(<StatusLine />, { date: '2022-01-01' });
    expect(text()).toBe('1 of 6 interactions · 2 actors · up to 1 Jan 2022');
  });

  it('groups the digits of large counts on both sides of "of"', () => {
    const first = parseFuzzyDate('2020-01-01')!.first;
    const rows = Array.from({ length: 1500 }, (_, i) => `A${i % 40},B${i % 37},${isoFromDay(first + i)}`);
    const r = importGraph([textFile('big.csv', ['source,target,date', ...rows].join('\n'))], { today: TODAY });
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    renderWithStore(<StatusLine />, { graph: toModel(r.file), date: isoFromDay(first + 1499) });
    expect(text()).toMatch(/^1,500 of 1,500 interactions · 77 actors/);
  });
});
