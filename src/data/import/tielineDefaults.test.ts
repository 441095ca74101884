import { describe, expect, it } from 'vitest';
import { textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { importGraph } from './importGraph';

const handWritten = {
  sources: [{ id: 's1', title: 'A report', publisher: 'A paper', published: '2024-05-01' }],
  nodes: [
    { id: 'a', label: 'A', kind: 'country' },
    { id: 'b', label: 'B', kind: 'country' },
  ],
  edges: [
    { id: 'e1', source: 'a', target: 'b', kind: 'call', date: '2024-03', summary: 'They spoke.', sources: ['s1'] },
    { id: 'e2', source: 'b', target: 'a', kind: 'visit', date: '2024-04-02', end: '2024-04-05', summary: 'B visited A.', sources: ['s1'] },
  ],
};

describe('a hand-written Tieline JSON with just nodes, edges and sources', () => {
  it('opens: description, date range and each source\'s file get defaults, with a note', () => {
    const r = importGraph([textFile('ties.json', JSON.stringify(handWritten))], { today: TODAY });
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.format).toBe('tieline');
    expect(r.file.title).toBe('ties');
    expect(r.file.description).toBe('Opened from ties.json on 2025-06-01.');
    expect(r.file.defaultRange).toEqual({ start: '2024-03-01', end: '2024-04-05' });
    expect(r.file.sources[0]!.file).toBe('ties.json');
    expect(r.notes).toEqual([
      'not in the file, so filled in: the schema version (1); the title ("ties"); the description; the date range (2024-03-01 to 2024-04-05, from the edges); a source\'s file ("ties.json")',
    ]);
  });

  it('keeps what is written, and still reports what is wrong', () => {
    const written = { ...handWritten, schemaVersion: 1, title: 'Mine', description: 'Mine too', defaultRange: { start: '2024', end: '2024' } };
    const r = importGraph([textFile('ties.json', JSON.stringify(written))], { today: TODAY });
    expect(r.status === 'ok' && [r.file.title, r.file.description, r.file.defaultRange]).toEqual(['Mine', 'Mine too', { start: '2024', end: '2024' }]);
    const broken = { ...handWritten, edges: [{ ...handWritten.edges[0], sources: ['nope'] }] };
    const bad = importGraph([textFile('ties.json', JSON.stringify(broken))], { today: TODAY });
    expect(bad.status === 'failed' && bad.problems.map((p) => p.path)).toContain('edges[0].sources[0]');
  });
});
