/** The actors of an imported file: node records from a Draft, and their countries resolved. */
import { plural } from '../../domain/plural';
import { quote, type Problem } from '../problems';
import type { NodeRecord } from '../schema';
import type { Draft } from './draft';
import { matchNodeKind } from './matchKinds';

/** The actors being built, in file order and by id (interactions may add to both). */
export interface ImportNodes {
  records: NodeRecord[];
  byId: Map<string, NodeRecord>;
}

/**
 * The draft's actors as node records: ids trimmed, a repeated or missing id
 * skipped with its place, unknown kinds shown as institutions (with a note),
 * positions rounded to 0.01.
 */
export function buildNodes(draft: Draft, skipped: Problem[], notes: string[]): ImportNodes {
  const records: NodeRecord[] = [];
  const byId = new Map<string, NodeRecord>();
  const firstWhere = new Map<string, string>();
  let unknownKinds = 0;
  for (const n of draft.nodes) {
    const id = n.id.trim();
    if (id === '') {
      skipped.push({ path: n.where, message: 'has no id' });
      continue;
    }
    const earlier = firstWhere.get(id);
    if (earlier !== undefined) {
      skipped.push({ path: n.where, message: `id ${quote(id)} is already used by ${earlier}` });
      continue;
    }
    firstWhere.set(id, n.where);
    const { kind, original } = matchNodeKind(n.kind);
    const record: NodeRecord = { id, label: n.label?.trim() || id, kind };
    if (original !== undefined) {
      record.description = `Kind in the file: ${original}`;
      unknownKinds++;
    }
    if (n.country?.trim()) record.country = n.country.trim();
    if (Number.isFinite(n.x) && Number.isFinite(n.y)) {
      record.x = Math.round(n.x! * 100) / 100;
      record.y = Math.round(n.y! * 100) / 100;
    }
    records.push(record);
    byId.set(id, record);
  }
  if (unknownKinds) notes.push(`${plural(unknownKinds, 'actor has a kind', 'actors have kinds')} Tieline does not know; shown as institutions`);
  return { records, byId };
}

/** A node's `country` may name a country node by id or by label; anything else is dropped with a note. */
export function resolveCountries(nodes: ImportNodes, notes: string[]): void {
  const countryByLabel = new Map<string, string>();
  for (const n of nodes.records) if (n.kind === 'country') countryByLabel.set(n.label.toLowerCase(), n.id);
  let dropped = 0;
  for (const n of nodes.records) {
    if (n.country === undefined) continue;
    const direct = nodes.byId.get(n.country);
    const id = direct?.kind === 'country' ? direct.id : countryByLabel.get(n.country.toLowerCase());
    if (id !== undefined && id !== n.id) n.country = id;
    else {
      delete n.country;
      if (n.kind !== 'country') dropped++;
    }
  }
  if (dropped) notes.push(`${plural(dropped, 'actor names a country', 'actors name countries')} that is not an actor in the file; left out`);
}
