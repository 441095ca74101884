/**
 * Runs the importer off the main thread, so parsing and checking a large file
 * never holds the page (and Cancel can stop it). One message in; out, the
 * interactions of a large file in parts, then the result: receiving (copying)
 * 100,000 interactions in one message was a 0.2–0.6 s task on the main thread.
 */
import { importGraph } from './importGraph';
import type { ImportOptions, ImportResult, InputFile } from './importTypes';

/** Interactions per message: each is copied into the page in its own task. */
export const EDGES_PER_MESSAGE = 10_000;

type GraphFileEdge = Extract<ImportResult, { status: 'ok' }>['file']['edges'][number];
export type ImportWorkerMessage = { part: 'edges'; edges: GraphFileEdge[] } | { part: 'result'; result: ImportResult };

self.onmessage = (event: MessageEvent<{ files: InputFile[]; options: ImportOptions }>) => {
  const result = importGraph(event.data.files, event.data.options);
  const post = (m: ImportWorkerMessage) => self.postMessage(m);
  if (result.status !== 'ok' || result.file.edges.length <= EDGES_PER_MESSAGE) return post({ part: 'result', result });
  const edges = result.file.edges;
  for (let i = 0; i < edges.length; i += EDGES_PER_MESSAGE) post({ part: 'edges', edges: edges.slice(i, i + EDGES_PER_MESSAGE) });
  post({ part: 'result', result: { ...result, file: { ...result.file, edges: [] } } });
};
