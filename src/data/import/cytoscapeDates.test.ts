import { describe, expect, it } from 'vitest';
import { fixture, textFile, TODAY } from '../../../tests/fixtures/importFixtures';
import { importGraph } from './importGraph';

const cy = (edges: Record<string, unknown>[], nodes = ['8220', '8221', '8222']) =>
  textFile('g.cyjs', JSON.stringify({ elements: { nodes: nodes.map((id) => ({ data: { id } })), edges: edges.map((data) => ({ data })) } }));

describe('Cytoscape.js date-field guess', () => {
  it('a station graph exported from Cytoscape (4-digit ids, no dates) asks for the date field instead of reading ids as years', () => {
    const r = importGraph([fixture('cytoscape-stations.json')], { today: TODAY });
    if (r.status !== 'needs-mapping') throw new Error(`expected a question, got ${JSON.stringify(r).slice(0, 300)}`);
    expect(r.request.columns).not.toContain('id');
    expect(r.request.columns).not.toContain('source');
    expect(r.request.reason).toMatch(/choose the field/);
    expect(r.request.examples.line).toEqual(['S5', 'S5', 'S5', 'S5', 'S5']);
  });

  it('a field whose values are mostly actor ids is a reference, never a date', () => {
    const r = importGraph([cy([{ source: '8220', target: '8221', via: '8222', on: '2021-05-01' }, { source: '8221', target: '8222', via: '8220', on: '2021-06-01' }])], { today: TODAY });
    if (r.status !== 'ok') throw new Error(JSON.stringify(r).slice(0, 300));
    expect(r.notes).toContain('dates read from the edge field "on"');
    const refOnly = importGraph([cy([{ source: '8220', target: '8221', via: '8222' }, { source: '8221', target: '8222', via: '8220' }])], { today: TODAY });
    expect(refOnly.status).toBe('needs-mapping');
  });

  it('a guessed field whose dates are implausible (not mostly within 1800–2100) is asked about, with a preview of its values', () => {
    const r = importGraph([cy([{ source: '8220', target: '8221', code: '4711' }, { source: '8221', target: '8222', code: '5120' }])], { today: TODAY });
    if (r.status !== 'needs-mapping') throw new Error(JSON.stringify(r).slice(0, 300));
    expect(r.request.reason).toBe('the edge field "code" reads as dates, but most of them fall outside 1800–2100 ("4711", "5120"): choose the field that holds the dates, if any does');
    // The person confirms: the choice is used as given.
    const confirmed = importGraph([cy([{ source: '8220', target: '8221', code: '4711' }, { source: '8221', target: '8222', code: '5120' }])], { today: TODAY, mapping: { date: 'code' } });
    expect(confirmed.status === 'ok' && confirmed.file.defaultRange).toEqual({ start: '4711-01-01', end: '5120-12-31' });
  });

  it('a plausible guessed field is read without asking', () => {
    const r = importGraph([cy([{ source: '8220', target: '8221', opened: '1902' }, { source: '8221', target: '8222', opened: '1936' }])], { today: TODAY });
    expect(r.status === 'ok' && r.file.defaultRange).toEqual({ start: '1902-01-01', end: '1936-12-31' });
  });
});
