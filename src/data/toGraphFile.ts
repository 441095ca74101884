/**
 * The model back to a Tieline graph file, for "Download data": what was
 * loaded, in the shipped format, with the positions the picture uses, so a
 * person can edit it and open it again without a new layout.
 */
import type { TielineGraph } from '../domain/model';
import { isoFromDay } from '../domain/dates';
import { EDGE_KIND_INFO } from '../domain/vocabulary';
import type { EdgeRecord, GraphFile, NodeRecord, SourceRecord } from './schema';

/** Writes a graph file from the model; `toModel(toGraphFile(g))` gives the same graph. */
export function toGraphFile(graph: TielineGraph): GraphFile {
  const sources: SourceRecord[] = graph.sources.map((s) => {
    const out = { id: s.id, title: s.title, publisher: s.publisher } as SourceRecord;
    if (s.author !== undefined) out.author = s.author;
    out.published = s.published.iso;
    out.file = s.file;
    if (s.note !== undefined) out.note = s.note;
    if (s.url !== undefined) out.url = s.url;
    return out;
  });
  const nodes: NodeRecord[] = graph.nodes.map((n) => {
    const out: NodeRecord = { id: n.id, label: n.label, kind: n.kind };
    if (n.shortName !== undefined) out.shortName = n.shortName;
    if (n.aliases.length) out.aliases = n.aliases;
    if (n.countryIndex >= 0 && n.countryIndex !== n.index) out.country = graph.nodes[n.countryIndex]!.id;
    if (n.role !== undefined) out.role = n.role;
    if (n.description !== undefined) out.description = n.description;
    if (n.sources.length) out.sources = n.sources;
    if (n.position) {
      out.x = n.position.x;
      out.y = n.position.y;
    }
    if (n.tallPosition) {
      out.tallX = n.tallPosition.x;
      out.tallY = n.tallPosition.y;
    }
    if (n.tallLabel !== undefined) out.tallLabel = n.tallLabel;
    return out;
  });
  const edges: EdgeRecord[] = graph.edges.map((e) => {
    const out: EdgeRecord = {
      id: e.id,
      source: graph.nodes[e.source]!.id,
      target: graph.nodes[e.target]!.id,
      kind: e.kind,
      date: e.date.iso,
    } as EdgeRecord;
    if (e.date.qualifier) out.dateQualifier = e.date.qualifier;
    if (e.end) out.end = e.end.iso;
    if (e.dateClaims) out.dateClaims = e.dateClaims.map((c) => ({ date: c.date.iso, sources: c.sources }));
    if (e.outside) out.outside = e.outside;
    out.summary = e.summary;
    out.sources = e.sources;
    if (e.place !== undefined) out.place = e.place;
    if (e.position !== undefined) out.position = e.position;
    if (e.status !== 'happened') out.status = e.status;
    if (e.directed && !EDGE_KIND_INFO[e.kind].directed) out.directed = true;
    if (e.note !== undefined) out.note = e.note;
    if (e.event !== e.id) out.event = e.event;
    return out;
  });
  return {
    schemaVersion: 1,
    title: graph.title,
    description: graph.description,
    defaultRange: { start: isoFromDay(graph.defaultRange.first), end: isoFromDay(graph.defaultRange.last) },
    sources,
    nodes,
    edges,
  };
}
