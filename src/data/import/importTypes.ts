/**
 * What every importer produces: a Tieline graph file that passed the same
 * `validateGraph` the app uses, or every problem found with its place in the
 * file. Importers are pure (no DOM, no network), so they run anywhere.
 */
import type { GraphFile } from '../schema';
import type { Problem } from '../problems';

export type { Problem } from '../problems';

/** The formats Tieline reads, detected from the content. */
export type ImportFormat = 'tieline' | 'cytoscape' | 'csv' | 'gexf';

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  tieline: 'Tieline JSON',
  cytoscape: 'Cytoscape.js JSON',
  csv: 'CSV table',
  gexf: 'GEXF (Gephi)',
};

/** One file handed to the importer: its name (for messages and the title) and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Which column (CSV) or edge field (Cytoscape) plays which role; `undefined` means none. */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

export const EDGE_ROLES = ['source', 'target', 'date', 'end', 'kind', 'summary', 'source_url'] as const;
export type ColumnRole = (typeof EDGE_ROLES)[number];
export const REQUIRED_ROLES: readonly ColumnRole[] = ['source', 'target', 'date'];

export interface ImportOptions {
  /** Today as YYYY-MM-DD: the date the import is recorded with (importers never read the clock). */
  today: string;
  /** A mapping the person chose; without it the importer guesses from the headers. */
  mapping?: ColumnMapping;
}

/** The importer needs a person to say which column is which. */
export interface MappingRequest {
  format: 'csv' | 'cytoscape';
  /** Column headers (CSV) or edge data fields (Cytoscape), as written in the file. */
  columns: string[];
  /** The best guess, to pre-fill the choice. */
  guess: ColumnMapping;
  /** A few example values per column, to help choosing. */
  examples: Record<string, string[]>;
  /** Why the step is needed, in words. */
  reason: string;
}

export type ImportResult =
  | {
      status: 'ok';
      format: ImportFormat;
      file: GraphFile;
      /** Rows or records left out, each with its place; empty when everything loaded. */
      skipped: Problem[];
      /** What the importer decided, in words ("dates read from the edge field \"start\""). */
      notes: string[];
    }
  | { status: 'failed'; format?: ImportFormat; problems: Problem[] }
  | { status: 'needs-mapping'; request: MappingRequest };
