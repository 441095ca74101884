import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGraphText, validateGraph } from './validateGraph';
import { toGraphFile } from './toGraphFile';
import { toModel } from './toModel';

describe('toGraphFile', () => {
  it('writes the shipped graph back as it was loaded (ranges as days), and the result validates', () => {
    const text = readFileSync(join(import.meta.dirname, '../../data/graph.json'), 'utf8');
    const parsed = parseGraphText(text);
    if (!parsed.ok) throw new Error('shipped graph invalid');
    const written = toGraphFile(toModel(parsed.graph));
    const { $schema: _ignored, ...original } = JSON.parse(text);
    void _ignored;
    expect(validateGraph(written).ok).toBe(true);
    expect({ ...written, defaultRange: original.defaultRange }).toEqual(original);
    expect(written.defaultRange).toEqual({ start: '2022-01-01', end: '2025-12-31' });
  });
});
