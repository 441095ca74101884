// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/renderApp';
import { busyPairGraph } from '../../../tests/fixtures/busyPairGraph';
import { Legend } from './Legend';
import { legendEntries } from './legendEntries';
import { toModel } from '../../data/toModel';
import { largeStyledGraphFile } from '../../../tests/fixtures/largeStyledGraph';
import { smallGraph } from '../../../tests/fixtures/smallGraph';

const lineStyles = () => within(screen.getByRole('list', { name: 'Line styles' })).getAllByRole('listitem').map((li) => li.textContent?.trim());

describe('Legend', () => {
  it('explains the line styles the graph uses, and "possibly in view" only in a window', () => {
    const { store } = renderWithStore(<Legend />, { date: '2022-12-31' });
    // The small graph has a disputed call.
    expect(lineStyles()).toContain('Disputed');
    expect(lineStyles()).not.toContain('Possibly in view');
    act(() => store.getState().setMode('window'));
    expect(lineStyles()).toContain('Possibly in view');
  });

  it('says how parallel ties are drawn, and how merged lines are when Merge repeats is on', () => {
    const { store } = renderWithStore(<Legend />, { date: '2022-12-31' });
    expect(screen.getByText(/Several ties between one pair are drawn side by side/)).toBeTruthy();
    act(() => store.getState().setAggregateEdges(true));
    expect(screen.getByText(/grey where kinds mix/)).toBeTruthy();
  });

  it('does not mention pairs drawn as one line where the graph has none', () => {
    renderWithStore(<Legend />, { date: '2022-12-31' });
    expect(screen.queryByText(/more than 64 as one line/)).toBeNull();
  });

  it('says so where the graph has a pair with more than 64 interactions', () => {
    renderWithStore(<Legend />, { date: '2020-06-01', graph: busyPairGraph() });
    expect(screen.getByText(/Several ties between one pair are drawn side by side; more than 64 as one line, its width and number the count\./)).toBeTruthy();
  });

  it('on a large graph (drawn by sigma) says what sigma draws: no capitals, no ties side by side, its line styles', () => {
    const graph = toModel(largeStyledGraphFile());
    renderWithStore(<Legend />, { date: '2030-01-01', graph });
    expect(screen.getByRole('region', { name: 'Legend' }).getAttribute('data-variant')).toBe('sigma');
    const text = screen.getByRole('region', { name: 'Legend' }).textContent!;
    expect(text).not.toMatch(/capitals/);
    expect(text).not.toMatch(/side by side/);
    expect(text).toMatch(/Several ties between one pair are drawn over each other/);
    expect(lineStyles()).toEqual(['Planned', 'Disputed']);
  });
});

describe('legend entries per renderer', () => {
  const g = smallGraph();
  g.edges.push({ ...g.edges[0]!, id: 'member', kind: 'membership', index: g.edges.length });
  g.edges.push({ ...g.edges[0]!, id: 'abstained', kind: 'vote', position: 'abstain', index: g.edges.length });
  const opts = { window: false, merged: false, heavy: false };
  it('cytoscape: kind shapes and dashes, abstention bars and affiliations as line styles', () => {
    const e = legendEntries(g, { ...opts, variant: 'cytoscape' });
    expect(e).toMatchObject({ circles: false, solidKinds: false, arrows: true });
    expect(e.kinds).not.toContain('membership');
    expect(e.looks).toEqual(expect.arrayContaining(['abstain', 'affiliation']));
  });
  it('sigma: circles, solid lines, no abstention bar or affiliation look (affiliations in their kinds’ colours), no heads when dense', () => {
    const e = legendEntries(g, { ...opts, variant: 'sigma' });
    expect(e).toMatchObject({ circles: true, solidKinds: true, arrows: true });
    expect(e.kinds).toContain('membership');
    expect(e.looks).not.toContain('abstain');
    expect(e.looks).not.toContain('affiliation');
    expect(e.note).toMatch(/Abstentions have no mark of their own/);
    const dense = legendEntries(g, { ...opts, variant: 'sigma-dense', heavy: true });
    expect(dense.arrows).toBe(false);
    expect(dense.note).toMatch(/Plain lines are 1 px, without arrow heads/);
    expect(dense.note).toMatch(/more than 64 as one line, its width the count\./);
  });
});
