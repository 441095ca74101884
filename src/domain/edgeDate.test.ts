import { describe, expect, it } from 'vitest';
import { toModel } from '../data/toModel';
import type { EdgeRecord, GraphFile } from '../data/schema';
import { edgeDateText } from './edgeDate';

/** The date text of one edge record, through the real model. */
function dateOf(edge: Partial<EdgeRecord>): string {
  const file: GraphFile = {
    schemaVersion: 1,
    title: 't',
    description: 'd',
    defaultRange: { start: '2022', end: '2025' },
    sources: [
      { id: 'a', title: 'A', publisher: 'A', published: '2022', file: 'a.txt' },
      { id: 'b', title: 'B', publisher: 'B', published: '2025', file: 'b.txt' },
    ],
    nodes: [
      { id: 'x', label: 'X', kind: 'country' },
      { id: 'y', label: 'Y', kind: 'country' },
    ],
    edges: [{ id: 'e', source: 'x', target: 'y', kind: 'call', date: '2022', summary: 's', sources: ['a', 'b'], ...edge }],
  };
  return edgeDateText(toModel(file).edges[0]!);
}

describe('edgeDateText', () => {
  it('writes a point date at its precision, with its qualifier', () => {
    expect(dateOf({ date: '2022-03-16' })).toBe('16 Mar 2022');
    expect(dateOf({ kind: 'evacuation', date: '2022-03-16', dateQualifier: 'as-of' })).toBe('as of 16 Mar 2022');
  });

  it('writes spans with a dash, ongoing spans to "now", a decade as the 1950s', () => {
    expect(dateOf({ kind: 'cooperation', date: '195x', end: '1991' })).toBe('1950s – 1991');
    expect(dateOf({ kind: 'cooperation', date: '1981', dateQualifier: 'approximate' })).toBe('c. 1981 – now');
    expect(dateOf({ kind: 'conflict', date: '2014', end: '2014' })).toBe('2014');
  });

  it('writes a point event known only to a window as "between … and …"', () => {
    expect(dateOf({ kind: 'agreement', date: '2024', end: '2025-03-06' })).toBe('between 2024 and 6 Mar 2025');
  });

  it('writes both dates of a disputed date', () => {
    expect(
      dateOf({
        date: '2022-03-16',
        status: 'disputed',
        dateClaims: [
          { date: '2022-03-16', sources: ['a'] },
          { date: '2022-03-17', sources: ['b'] },
        ],
      }),
    ).toBe('16 Mar 2022 or 17 Mar 2022');
  });

  it('marks a date from outside the sources', () => {
    expect(dateOf({ kind: 'role', date: '2020-03', end: '2024-09', outside: ['date', 'end'] })).toBe('Mar 2020 – Sep 2024 (not from the sources)');
    expect(dateOf({ place: 'Hanoi', outside: ['place'] })).toBe('2022');
  });
});
