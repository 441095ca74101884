import { describe, expect, it } from 'vitest';
import { NO_LOG_FILTER } from '../../domain/eventLog';
import { questionsGraph } from '../../../tests/fixtures/questionsGraph';
import { smallGraph } from '../../../tests/fixtures/smallGraph';
import { createTielineStore } from '../createTielineStore';

describe('logSlice', () => {
  it('keeps filters and sort as plain state, patched field by field', () => {
    const store = createTielineStore();
    store.getState().setLogFilter({ text: 'davos' });
    store.getState().setLogFilter({ with: 3 });
    store.getState().setLogSort({ key: 'place', dir: 'ascending' });
    store.getState().setBalanceScope('contacts');
    expect(store.getState()).toMatchObject({ logFilter: { ...NO_LOG_FILTER, text: 'davos', with: 3 }, logSort: { key: 'place', dir: 'ascending' }, balanceScope: 'contacts' });
    store.getState().clearLogFilter();
    expect(store.getState().logFilter).toEqual(NO_LOG_FILTER);
  });

  it('a filter set before the first graph survives it (a link), a new graph clears it (its actors are other nodes)', () => {
    const store = createTielineStore();
    store.getState().setLogFilter({ text: 'davos', with: 9 });
    store.getState().setGraph(questionsGraph());
    expect(store.getState().logFilter).toMatchObject({ text: 'davos', with: 9 });
    store.getState().setGraph(smallGraph());
    expect(store.getState().logFilter).toEqual(NO_LOG_FILTER);
  });
});
