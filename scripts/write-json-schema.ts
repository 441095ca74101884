/**
 * `npm run schema`: writes data/graph.schema.json from the zod schema in
 * src/data/schema.ts. Run it after changing the schema or the vocabulary.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSON_SCHEMA_PATH, graphJsonSchemaText } from '../src/data/jsonSchema';

const target = resolve(process.cwd(), JSON_SCHEMA_PATH);
writeFileSync(target, graphJsonSchemaText(), 'utf8');
console.log(`wrote ${JSON_SCHEMA_PATH}`);
