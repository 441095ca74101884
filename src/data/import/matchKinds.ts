/**
 * A file's own words for kinds, matched to Tieline's vocabulary. Anything
 * unknown becomes `other` (edges) or `institution` (nodes), and the importer
 * keeps the original word so nothing the file said is lost.
 */
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../../domain/vocabulary';

const EDGE_SYNONYMS: Record<string, EdgeKind> = {
  phone: 'call', phonecall: 'call', videocall: 'call', telephone: 'call', conversation: 'call',
  meet: 'meeting', talks: 'meeting', summit: 'meeting', encounter: 'meeting',
  trip: 'visit', travel: 'visit', statevisit: 'visit',
  unvote: 'vote', ballot: 'vote',
  speech: 'statement', declaration: 'statement', remarks: 'statement', comment: 'statement',
  request: 'appeal', call_for: 'appeal', urge: 'appeal',
  treaty: 'agreement', deal: 'agreement', accord: 'agreement', mou: 'agreement', signing: 'agreement',
  diplomaticrelations: 'relations', partnership: 'relations',
  collaboration: 'cooperation', project: 'cooperation', programme: 'cooperation', program: 'cooperation',
  sanction: 'restriction', ban: 'restriction', sanctions: 'restriction',
  war: 'conflict', attack: 'conflict', invasion: 'conflict',
  anniversary: 'commemoration', memorial: 'commemoration',
  member: 'membership', office: 'role', position: 'role', tenure: 'role',
};

const NODE_SYNONYMS: Record<string, NodeKind> = {
  state: 'country', nation: 'country', countries: 'country',
  people: 'person', individual: 'person', official: 'person', politician: 'person', leader: 'person', minister: 'person',
  organisation: 'institution', organization: 'institution', org: 'institution', company: 'institution', ministry: 'institution',
  agency: 'institution', government: 'institution', body: 'institution', party: 'institution', forum: 'institution',
};

/** Lower case, no spaces, dashes or underscores, and a plural "s" dropped. */
function squash(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

function lookup<K extends string>(raw: string, kinds: readonly K[], synonyms: Record<string, K>): K | undefined {
  const w = squash(raw);
  const single = w.endsWith('s') ? w.slice(0, -1) : w;
  for (const candidate of [w, single]) {
    if ((kinds as readonly string[]).includes(candidate)) return candidate as K;
    const syn = synonyms[candidate];
    if (syn) return syn;
  }
  return undefined;
}

/** The edge kind for a file's word; `original` is set when the word was not one Tieline knows. */
export function matchEdgeKind(raw: string | undefined): { kind: EdgeKind; original?: string } {
  if (raw === undefined || raw.trim() === '') return { kind: 'other' };
  const kind = lookup(raw, EDGE_KINDS, EDGE_SYNONYMS);
  return kind ? { kind } : { kind: 'other', original: raw.trim() };
}

/** The node kind for a file's word; unknown and missing kinds are institutions (see the report). */
export function matchNodeKind(raw: string | undefined, fallback: NodeKind = 'institution'): { kind: NodeKind; original?: string } {
  if (raw === undefined || raw.trim() === '') return { kind: fallback };
  const kind = lookup(raw, NODE_KINDS, NODE_SYNONYMS);
  return kind ? { kind } : { kind: fallback, original: raw.trim() };
}
