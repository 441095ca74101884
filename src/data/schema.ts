/**
 * The Tieline graph file, schema version 1: written once with zod so the same
 * definition gives the TypeScript types, the runtime check and the generated
 * JSON Schema (`data/graph.schema.json`).
 *
 * Written with `zod/mini`, zod's tree-shakable form: the same checks and
 * JSON Schema as classic zod at a fraction of the bytes on the first page.
 *
 * Shape only lives here; checks that need the whole file (references, unique
 * ids, date order) are in `validateGraph`.
 */
import * as z from 'zod/mini';
import { DATE_AS_WRITTEN_FORM, DATE_QUALIFIERS, FUZZY_DATE_FORM } from '../domain/dates';
import { EDGE_KINDS, EDGE_STATUSES, LABEL_SIDES, NODE_KINDS, OUTSIDE_FIELDS, VOTE_POSITIONS } from '../domain/vocabulary';

/** Attaches a description that the generated JSON Schema carries. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const nonEmpty = () => z.string().check(z.minLength(1, { error: 'must not be empty' }));

/** `2024`, `2024-06` or `2024-06-19`: the string's length is its precision. */
export const fuzzyDateSchema = described(
  z.string().check(z.regex(FUZZY_DATE_FORM, { error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })),
  'An ISO date whose length is its precision: YYYY, YYYY-MM or YYYY-MM-DD.',
);
/** An edge's date: a source date as above, or a decade written `195x` ("the 1950s"). */
const fuzzyDate = (description: string) =>
  described(
    z.string().check(
      z.regex(DATE_AS_WRITTEN_FORM, {
        error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, or a decade written like 195x',
      }),
    ),
    `${description} YYYY, YYYY-MM, YYYY-MM-DD, or a decade such as 195x (the 1950s).`,
  );

const id = () => described(nonEmpty(), 'An identifier, unique among its kind of record.');
const text = (description?: string) => (description ? described(nonEmpty(), description) : nonEmpty());

export const sourceSchema = z.strictObject({
  id: id(),
  title: text(),
  publisher: text(),
  author: z.optional(text()),
  published: fuzzyDateSchema,
  file: text('The seed file the facts were taken from.'),
  note: z.optional(text('How the publisher, title or date was established, where the text does not say.')),
  url: z.optional(described(z.string(), 'Where the article can be read (http or https).')),
});

export const nodeSchema = z.strictObject({
  id: id(),
  label: text('The name as written, with its diacritics.'),
  shortName: z.optional(
    text(
      'A shorter name for small screens (a phone, a small embed), such as "Putin" or "MFA Vietnam": display text, shorter than the label; the label still shows in the details, search, log and tooltips.',
    ),
  ),
  kind: z.enum(NODE_KINDS),
  aliases: z.optional(described(z.array(nonEmpty()), 'Other spellings, such as the name without diacritics.')),
  country: z.optional(described(z.string(), 'The id of the country node this actor belongs to.')),
  role: z.optional(text()),
  description: z.optional(text()),
  sources: z.optional(z.array(z.string())),
  x: z.optional(described(z.number(), 'Stored layout position; when every node has x and y, no layout runs.')),
  y: z.optional(z.number()),
  tallX: z.optional(described(z.number(), 'Stored position for tall (phone, upright) screens; used when every node has tallX and tallY.')),
  tallY: z.optional(z.number()),
  tallLabel: z.optional(described(z.enum(LABEL_SIDES), 'Where the label sits in the tall layout (set by `npm run layout`); below when absent.')),
});

export const edgeSchema = z.strictObject({
  id: id(),
  source: described(z.string(), 'Node id; the actor who acted or initiated, for directed kinds.'),
  target: described(z.string(), 'Node id.'),
  kind: z.enum(EDGE_KINDS),
  date: fuzzyDate('When it happened or began.'),
  end: z.optional(fuzzyDate('When a span ended; span kinds without it are ongoing.')),
  summary: text('One plain sentence of fact, in our own words.'),
  sources: z.array(z.string()).check(z.minLength(1, { error: 'must cite at least one source' })),
  place: z.optional(text()),
  position: z.optional(described(z.enum(VOTE_POSITIONS), 'How a country voted (vote edges).')),
  status: z.optional(described(z.enum(EDGE_STATUSES), 'Defaults to "happened".')),
  directed: z.optional(described(z.boolean(), 'For undirected kinds: true when the sources say the source initiated it.')),
  note: z.optional(text()),
  dateQualifier: z.optional(
    described(
      z.enum(DATE_QUALIFIERS),
      'How the source words `date`: "approximate" ("over four decades", shown "c. 1981") or "as-of" (a running total or state reported on that date, shown "as of 16 Mar 2022").',
    ),
  ),
  dateClaims: z.optional(
    described(
      z
        .array(
          z.strictObject({
            date: fuzzyDate('The date one group of sources gives.'),
            sources: z.array(z.string()).check(z.minLength(1, { error: 'must cite at least one source' })),
          }),
        )
        .check(z.minLength(2, { error: 'must list at least two dates (the sources disagree)' })),
      'A disputed date: each date the sources give, with the sources that give it. Needs status "disputed"; `date` is one of them.',
    ),
  ),
  outside: z.optional(
    described(
      z.array(z.enum(OUTSIDE_FIELDS)),
      'Fields whose value is not from the cited sources (e.g. role tenures from the public record); the app shows them as "not from the sources".',
    ),
  ),
  event: z.optional(
    described(
      nonEmpty(),
      'Groups the pair edges of one event (one meeting, call, visit or vote with several participants): edges that share an event id are one event and are counted once.',
    ),
  ),
});

export const graphFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  title: text(),
  description: text(),
  defaultRange: z.strictObject({ start: fuzzyDateSchema, end: fuzzyDateSchema }),
  sources: z.array(sourceSchema),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
});

export type GraphFile = z.infer<typeof graphFileSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type NodeRecord = z.infer<typeof nodeSchema>;
export type EdgeRecord = z.infer<typeof edgeSchema>;
