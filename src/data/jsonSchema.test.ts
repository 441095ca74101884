import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS } from '../domain/vocabulary';
import { JSON_SCHEMA_PATH, buildGraphJsonSchema, graphJsonSchemaText } from './jsonSchema';

describe('data/graph.schema.json', () => {
  it('is exactly what `npm run schema` generates from the zod schema (run it if this fails)', () => {
    const onDisk = readFileSync(resolve(__dirname, '../..', JSON_SCHEMA_PATH), 'utf8');
    expect(onDisk).toBe(graphJsonSchemaText());
  });

  it('lists every edge kind of the vocabulary', () => {
    const schema = buildGraphJsonSchema() as { properties: { edges: { items: { properties: { kind: { enum: string[] } } } } } };
    expect(schema.properties.edges.items.properties.kind.enum).toEqual([...EDGE_KINDS]);
  });
});
