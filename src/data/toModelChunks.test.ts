// Opening a large file turns it into the model in chunks (toModelInChunks):
// the same model as at once, and Cancel stops it between chunks.
import { describe, expect, it } from 'vitest';
import { importGraph } from './import/importGraph';
import { toModel, toModelInChunks } from './toModel';

function csvFile(rows: number) {
  const lines = ['source,target,date,kind'];
  for (let i = 0; i < rows; i++) lines.push(`actor ${i % 37},actor ${(i * 7) % 41},${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10},${i % 3 ? 'meeting' : 'visit'}`);
  const r = importGraph([{ name: 'g.csv', bytes: new TextEncoder().encode(lines.join('\n') + '\n') }], { today: '2026-12-01' });
  if (r.status !== 'ok') throw new Error(`fixture did not import: ${r.status}`);
  return r.file;
}

describe('toModel in chunks', () => {
  it('builds the same model as toModel, pausing between chunks', async () => {
    const file = csvFile(2_500);
    let pauses = 0;
    const chunked = await toModelInChunks(file, async () => void pauses++, undefined, 300);
    expect(pauses).toBe(Math.ceil(2_500 / 300) - 1);
    expect(chunked).toEqual(toModel(file));
  });

  it('stops between chunks once cancelled', async () => {
    let pauses = 0;
    expect(await toModelInChunks(csvFile(2_500), async () => void pauses++, () => pauses === 3, 300)).toBeNull();
    expect(pauses).toBe(3);
  });
});
