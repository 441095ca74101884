/** The sources of an imported file: the file itself and the links its interactions give. */
import type { EdgeRecord, SourceRecord } from '../schema';
import type { Draft } from './draft';

/** The source id of interactions whose file gives no link: the imported file. */
export const FILE_SOURCE = 'imported-file';

/**
 * The source records the edges cite: the imported file itself (when an edge
 * names no link) and one per distinct link, dated `today` (when it was opened).
 */
export function buildSources(draft: Draft, edges: EdgeRecord[], urls: Map<string, string>, today: string): SourceRecord[] {
  const out: SourceRecord[] = [];
  if (edges.some((e) => e.sources[0] === FILE_SOURCE)) {
    out.push({
      id: FILE_SOURCE,
      title: draft.fileName || 'Imported file',
      publisher: 'Imported file',
      published: today,
      file: draft.fileName || 'imported file',
      note: `Opened in Tieline on ${today}; the file names no source for these interactions.`,
    });
  }
  for (const [url, id] of urls) {
    out.push({
      id,
      title: url,
      publisher: new URL(url).hostname,
      published: today,
      file: draft.fileName || 'imported file',
      url,
      note: `Link from the imported file; the date is when it was opened in Tieline, not when it was published.`,
    });
  }
  return out;
}
