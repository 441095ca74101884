/**
 * The JSON Schema for graph files, generated from the zod schema so the two
 * can never disagree. `npm run schema` writes it to `data/graph.schema.json`;
 * a unit test checks the checked-in file still matches.
 */
import { z } from 'zod/mini';
import { graphFileSchema } from './schema';

/** Where the generated schema lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'data/graph.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a Tieline graph file. Shape only: the
 * cross-record rules (references, unique ids, date order) are in
 * `validateGraph` and cannot be expressed here.
 */
export function buildGraphJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(graphFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Tieline graph file',
    description:
      'Countries, officials and institutions (nodes) and their dated interactions (edges), with sources. ' +
      'Generated from src/data/schema.ts by `npm run schema`; do not edit by hand. ' +
      'References, unique ids and date order are checked by `npm run validate`, not by this schema.',
    ...rest,
  };
}

/** The schema as the text written to disk: two-space JSON with a final newline. */
export function graphJsonSchemaText(): string {
  return `${JSON.stringify(buildGraphJsonSchema(), null, 2)}\n`;
}
