/**
 * Stated limits, checked before any heavy work: a browser tab holds the whole
 * file, the model and a canvas element per node and edge.
 */

/** Largest file Tieline opens: 64 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Most actors in one graph. */
export const MAX_NODES = 50_000;
/** Most interactions in one graph. */
export const MAX_EDGES = 100_000;

/** "64 MB", "1.5 MB", "900 KB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** The message for a file over the size limit, or null. Just over the limit, exact bytes: never "64 MB; up to 64 MB". */
export function fileSizeProblem(size: number): string | null {
  if (size <= MAX_FILE_BYTES) return null;
  const [is, limit] = [formatBytes(size), formatBytes(MAX_FILE_BYTES)];
  if (is !== limit) return `the file is ${is}; Tieline opens files up to ${limit}`;
  return `the file is ${size.toLocaleString('en')} bytes; Tieline opens files up to ${limit} (${MAX_FILE_BYTES.toLocaleString('en')} bytes)`;
}

/**
 * The message for a graph over the size limits, or null. The counts are of
 * what will be built (actors named only in interactions, one interaction per
 * spell), and `how` says where they come from when that is not obvious.
 */
export function graphSizeProblem(nodes: number, edges: number, how: { nodes?: string; edges?: string } = {}): string | null {
  const of = (words?: string) => (words ? ` (${words})` : '');
  if (nodes > MAX_NODES) return `the file has ${nodes.toLocaleString('en')} actors${of(how.nodes)}; Tieline shows up to ${MAX_NODES.toLocaleString('en')}`;
  if (edges > MAX_EDGES) {
    return `the file has ${edges.toLocaleString('en')} interactions${of(how.edges)}; Tieline shows up to ${MAX_EDGES.toLocaleString('en')}`;
  }
  return null;
}
