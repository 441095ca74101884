// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { createTielineStore } from '../../store/createTielineStore';
import { StoreProvider } from '../../store/StoreContext';
import type { ImportController } from '../../store/import/importController';
import { ImportProvider } from './ImportContext';
import { ImportPanel } from './ImportPanel';

function renderPanel() {
  const store = createTielineStore();
  const controller: ImportController = {
    openFiles: vi.fn(), openUrl: vi.fn(), openShipped: vi.fn(), applyMapping: vi.fn(), loadRest: vi.fn(), cancel: vi.fn(), dismiss: vi.fn(),
  };
  render(
    <StoreProvider store={store}>
      <ImportProvider controller={controller}>
        <ImportPanel />
      </ImportProvider>
    </StoreProvider>,
  );
  return { store, controller };
}

describe('ImportPanel', () => {
  it('says what it is drawing while a large graph is drawn, with no Cancel it could not honour', async () => {
    const { store } = renderPanel();
    store.getState().setImportStep({ step: 'drawing', what: 'big.json', nodes: 25_000, edges: 50_000 });
    const status = await screen.findByRole('status', { name: 'Opening data' });
    expect(status.textContent).toContain('Drawing 25,000 actors and 50,000 interactions…');
    expect(status.querySelector('.import-panel__progress')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('lists the first problems as text, counts the rest, and offers to load the rest', async () => {
    const { store, controller } = renderPanel();
    const problems = Array.from({ length: 15 }, (_, i) => `row ${i + 2}, column "date": "<b>x</b>" is not a date`);
    store.getState().setImportStep({ step: 'problems', what: 'e.csv', problems, skipped: 15 });
    const alert = await screen.findByRole('alert', { name: 'Problems with the file' });
    expect(alert.textContent).toContain('15 rows of e.csv could not be used; load the rest?');
    expect(alert.querySelectorAll('li')).toHaveLength(12);
    expect(alert.querySelector('b')).toBeNull();
    expect(alert.textContent).toContain('and 3 more');
    fireEvent.click(screen.getByRole('button', { name: 'Load the rest' }));
    expect(controller.loadRest).toHaveBeenCalled();
  });

  it('the column mapping needs source, target and date before it can be applied', async () => {
    const { store, controller } = renderPanel();
    store.getState().setImportStep({
      step: 'mapping', what: 'e.csv',
      request: { format: 'csv', columns: ['P1', 'P2', 'When'], guess: {}, examples: { When: ['2022-03-16'] }, reason: 'say which is which' },
    });
    const submit = await screen.findByRole('button', { name: 'Open with these columns' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Source (who acted) *'), { target: { value: 'P1' } });
    fireEvent.change(screen.getByLabelText('Target *'), { target: { value: 'P2' } });
    fireEvent.change(screen.getByLabelText('Date *'), { target: { value: 'When' } });
    expect(screen.getAllByRole('option', { name: 'When (e.g. 2022-03-16)' })).toHaveLength(7);
    fireEvent.click(submit);
    expect(controller.applyMapping).toHaveBeenCalledWith({ source: 'P1', target: 'P2', date: 'When' });
  });
});
