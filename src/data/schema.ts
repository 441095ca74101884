/**
 * The Tieline graph file, schema version 1: written once with zod so the same
 * definition gives the TypeScript types, the runtime check and the generated
 * JSON Schema (`data/graph.schema.json`).
 *
 * Shape only lives here; checks that need the whole file (references, unique
 * ids, date order) are in `validateGraph`.
 */
import { z } from 'zod';
import { EDGE_KINDS, EDGE_STATUSES, NODE_KINDS, VOTE_POSITIONS } from '../domain/vocabulary';

/** `2024`, `2024-06` or `2024-06-19`: the string's length is its precision. */
export const fuzzyDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .describe('An ISO date whose length is its precision: YYYY, YYYY-MM or YYYY-MM-DD.');

const id = z
  .string()
  .min(1, { message: 'must not be empty' })
  .describe('An identifier, unique among its kind of record.');

const text = z.string().min(1, { message: 'must not be empty' });

export const sourceSchema = z
  .object({
    id,
    title: text,
    publisher: text,
    author: text.optional(),
    published: fuzzyDateSchema,
    file: text.describe('The seed file the facts were taken from.'),
    note: text.optional().describe('How the publisher, title or date was established, where the text does not say.'),
    url: z.string().optional().describe('Where the article can be read (http or https).'),
  })
  .strict();

export const nodeSchema = z
  .object({
    id,
    label: text.describe('The name as written, with its diacritics.'),
    kind: z.enum(NODE_KINDS),
    aliases: z.array(text).optional().describe('Other spellings, such as the name without diacritics.'),
    country: z.string().optional().describe('The id of the country node this actor belongs to.'),
    role: text.optional(),
    description: text.optional(),
    sources: z.array(z.string()).optional(),
    x: z.number().optional().describe('Stored layout position; when every node has x and y, no layout runs.'),
    y: z.number().optional(),
  })
  .strict();

export const edgeSchema = z
  .object({
    id,
    source: z.string().describe('Node id; the actor who acted or initiated, for directed kinds.'),
    target: z.string().describe('Node id.'),
    kind: z.enum(EDGE_KINDS),
    date: fuzzyDateSchema.describe('When it happened or began.'),
    end: fuzzyDateSchema.optional().describe('When a span ended; span kinds without it are ongoing.'),
    summary: text.describe('One plain sentence of fact, in our own words.'),
    sources: z.array(z.string()).min(1, { message: 'must cite at least one source' }),
    place: text.optional(),
    position: z.enum(VOTE_POSITIONS).optional().describe('How a country voted (vote edges).'),
    status: z.enum(EDGE_STATUSES).optional().describe('Defaults to "happened".'),
    directed: z
      .boolean()
      .optional()
      .describe('For undirected kinds: true when the sources say the source initiated it.'),
    note: text.optional(),
  })
  .strict();

export const graphFileSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    title: text,
    description: text,
    defaultRange: z.object({ start: fuzzyDateSchema, end: fuzzyDateSchema }).strict(),
    sources: z.array(sourceSchema),
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
  })
  .strict();

export type GraphFile = z.infer<typeof graphFileSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type NodeRecord = z.infer<typeof nodeSchema>;
export type EdgeRecord = z.infer<typeof edgeSchema>;
