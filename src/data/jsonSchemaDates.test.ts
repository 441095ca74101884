import { describe, expect, it } from 'vitest';
import { buildGraphJsonSchema } from './jsonSchema';
import { edgeSchema } from './schema';

type Props = Record<string, { pattern?: string; enum?: string[]; items?: { enum?: string[] } }>;
const edgeProps = () =>
  (buildGraphJsonSchema() as { properties: { edges: { items: { properties: Props } } } }).properties.edges.items.properties;

describe('the JSON Schema and the validator agree on the new edge fields', () => {
  const base = { id: 'e', source: 'a', target: 'b', kind: 'call', summary: 's', sources: ['s'] };

  it.each(['195x', '2024', '2024-06', '2024-06-19', '1950s', 'c. 1981', '19xx', '2024-6'])('date %j: same verdict', (date) => {
    const pattern = new RegExp(edgeProps().date!.pattern!);
    expect(pattern.test(date)).toBe(edgeSchema.safeParse({ ...base, date }).success);
  });

  it('lists the qualifiers and outside fields the validator accepts', () => {
    const props = edgeProps();
    expect(props.dateQualifier!.enum).toEqual(['approximate', 'as-of']);
    expect(props.outside!.items!.enum).toEqual(['date', 'end', 'place']);
    expect(edgeSchema.safeParse({ ...base, date: '2024', dateQualifier: 'roughly' }).success).toBe(false);
    expect(edgeSchema.safeParse({ ...base, date: '2024', outside: ['summary'] }).success).toBe(false);
  });
});
