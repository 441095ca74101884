import { describe, expect, it } from 'vitest';
import { textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { toModel } from '../toModel';
import { importGraph } from './importGraph';

describe('importing dates in the first centuries', () => {
  it('keeps 0044-03-15 in the year 44 through import, model and range', () => {
    const r = importGraph([textFile('rome.csv', 'source,target,date\nBrutus,Caesar,0044-03-15\nCaesar,Senate,0000\n')], { today: TODAY });
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.file.defaultRange).toEqual({ start: '0000-01-01', end: '0044-03-15' });
    const graph = toModel(r.file);
    const ides = graph.edges.find((e) => e.date.iso === '0044-03-15')!;
    // Python: date(44, 3, 15).toordinal() - date(1970, 1, 1).toordinal()
    expect(ides.date.first).toBe(-703_383);
  });
});
