/**
 * The common middle of every importer: records read from a file, with their
 * places, before they become a Tieline graph file. Each format's reader
 * fills a Draft; `assembleGraph` does the rest the same way for all.
 */

export interface DraftNode {
  id: string;
  label?: string;
  kind?: string;
  /** A country node's id or label. */
  country?: string;
  x?: number;
  y?: number;
  /** Where the record is, for messages: `nodes table row 4`, `node "n3" (line 12)`. */
  where: string;
}

export interface DraftEdge {
  id?: string;
  source: string;
  target: string;
  date: unknown;
  end?: unknown;
  kind?: string;
  summary?: string;
  url?: string;
  where: string;
  /** Places of the date fields in messages: `row 14, column "date"`. */
  datePlace: string;
  endPlace: string;
}

export interface Draft {
  fileName: string;
  title?: string;
  description?: string;
  nodes: DraftNode[];
  edges: DraftEdge[];
  /** Edges may name actors no node record lists (a CSV edges table alone): create them. */
  addMissingNodes: boolean;
  /** Words for where the dates were looked for, for the "no dates" message. */
  dateOrigin: string;
  notes: string[];
}
