/**
 * The documented vocabulary of node and interaction kinds.
 *
 * Colours are chosen to stay distinguishable for the common forms of colour
 * blindness and are paired with a line style, so no kind relies on hue alone.
 */

export const NODE_KINDS = ['country', 'person', 'institution'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Where an actor's label sits beside its body (a layout for small screens places some beside, not all below). */
export const LABEL_SIDES = ['below', 'above', 'left', 'right'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

export interface NodeKindInfo {
  label: string;
  plural: string;
  /** Cytoscape node shape name, kept here as plain data so the legend can draw it too. */
  shape: 'round-rectangle' | 'ellipse' | 'hexagon';
  color: string;
  description: string;
}

export const NODE_KIND_INFO: Record<NodeKind, NodeKindInfo> = {
  country: {
    label: 'Country',
    plural: 'Countries',
    shape: 'round-rectangle',
    color: '#2f5d9e',
    description: 'A state, acting as a whole.',
  },
  person: {
    label: 'Person',
    plural: 'People',
    shape: 'ellipse',
    color: '#c2571a',
    description: 'An official or other named individual.',
  },
  institution: {
    label: 'Institution',
    plural: 'Institutions',
    shape: 'hexagon',
    color: '#1b7a6e',
    description: 'A ministry, assembly, organisation, forum or company.',
  },
};

export const EDGE_KINDS = [
  'call',
  'meeting',
  'visit',
  'vote',
  'statement',
  'appeal',
  'agreement',
  'relations',
  'cooperation',
  'evacuation',
  'restriction',
  'conflict',
  'commemoration',
  'membership',
  'role',
  'statistic',
  'other',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface EdgeKindInfo {
  label: string;
  plural: string;
  color: string;
  line: LineStyle;
  /**
   * Directed kinds always read source → target (who acted → on whom or where).
   * Undirected kinds carry no meaning in their order, unless an edge says
   * `directed: true` because the sources name who initiated it.
   */
  directed: boolean;
  /** Span kinds last from `date` to `end`; without `end` they are ongoing. */
  span: boolean;
  /**
   * Affiliations say who belongs where (an office held, a membership). They
   * are kept for details, search and paths, but are not interactions: they
   * are never counted as such and are drawn apart.
   */
  affiliation?: true;
  /**
   * Statistics are figures reported for a pair over a period (trade, tourism).
   * Nobody did anything to anybody, so they are not interactions either.
   */
  statistic?: true;
  description: string;
}

export const EDGE_KIND_INFO: Record<EdgeKind, EdgeKindInfo> = {
  call: { label: 'Phone call', plural: 'Phone calls', color: '#1f77b4', line: 'solid', directed: false, span: false, description: 'A phone or video call; directed when the sources say who asked for it.' },
  meeting: { label: 'Meeting', plural: 'Meetings', color: '#d62728', line: 'solid', directed: false, span: false, description: 'Two parties met in person, including on the sidelines of a summit.' },
  visit: { label: 'Visit', plural: 'Visits', color: '#9467bd', line: 'solid', directed: true, span: false, description: 'The source travelled to the target (a country or its capital).' },
  vote: { label: 'UN vote', plural: 'UN votes', color: '#555555', line: 'solid', directed: true, span: false, description: 'A country voted in an assembly; `position` says how.' },
  statement: { label: 'Statement', plural: 'Statements', color: '#8c564b', line: 'dashed', directed: true, span: false, description: 'The source spoke publicly to or about the target.' },
  appeal: { label: 'Appeal', plural: 'Appeals', color: '#e377c2', line: 'dashed', directed: true, span: false, description: 'The source publicly urged the target to act.' },
  agreement: { label: 'Agreement', plural: 'Agreements', color: '#2ca02c', line: 'solid', directed: false, span: false, description: 'A treaty or agreement was signed between the parties.' },
  relations: { label: 'Diplomatic relations', plural: 'Diplomatic relations', color: '#17becf', line: 'solid', directed: false, span: false, description: 'Relations were established or raised to a new level.' },
  cooperation: { label: 'Cooperation', plural: 'Cooperation', color: '#bcbd22', line: 'dashed', directed: false, span: true, description: 'A lasting joint venture, project or programme.' },
  evacuation: { label: 'Evacuation', plural: 'Evacuations', color: '#ff7f0e', line: 'solid', directed: true, span: false, description: 'The source brought its citizens out of the target.' },
  restriction: { label: 'Restriction', plural: 'Restrictions', color: '#7f0000', line: 'dashed', directed: true, span: false, description: 'The source blocked or limited the target’s activities.' },
  conflict: { label: 'Armed conflict', plural: 'Armed conflicts', color: '#1a1a1a', line: 'dashed', directed: true, span: true, description: 'The source used armed force against the target (an invasion, an annexation); ongoing while it has no `end`.' },
  commemoration: { label: 'Commemoration', plural: 'Commemorations', color: '#6b6ecf', line: 'dotted', directed: false, span: false, description: 'An anniversary or memorial marked together.' },
  membership: { label: 'Membership', plural: 'Memberships', color: '#8a8a8a', line: 'dotted', directed: true, span: true, affiliation: true, description: 'The source is a member of the target organisation.' },
  role: { label: 'Office held', plural: 'Offices held', color: '#b0b0b0', line: 'dotted', directed: true, span: true, affiliation: true, description: 'The source person held an office in the target for a span of time.' },
  statistic: { label: 'Statistic', plural: 'Statistics', color: '#a6a6a6', line: 'dotted', directed: false, span: false, statistic: true, description: 'A figure the sources report for a pair over a period, such as trade or tourism; not an interaction.' },
  other: { label: 'Other', plural: 'Other', color: '#999999', line: 'dotted', directed: false, span: false, description: 'Any other dated interaction.' },
};

/** Whether a kind is an affiliation (who belongs where), not an interaction. */
export function isAffiliation(kind: EdgeKind): boolean {
  return EDGE_KIND_INFO[kind].affiliation === true;
}

/** The kinds that are affiliations: offices held and memberships. */
export const AFFILIATION_KINDS: readonly EdgeKind[] = EDGE_KINDS.filter(isAffiliation);

/**
 * Whether an edge of this kind counts as an interaction (in counts, filters,
 * the log, the chart, captions): not an affiliation (`role`, `membership`)
 * and not a `statistic` (a reported figure, such as trade or tourism).
 */
export function countsAsInteraction(kind: EdgeKind): boolean {
  return !isAffiliation(kind) && EDGE_KIND_INFO[kind].statistic !== true;
}

export const VOTE_POSITIONS = ['yes', 'no', 'abstain', 'absent'] as const;
export type VotePosition = (typeof VOTE_POSITIONS)[number];

/** Edge fields that may hold a value from outside the cited sources (`outside` in the file). */
export const OUTSIDE_FIELDS = ['date', 'end', 'place'] as const;
export type OutsideField = (typeof OUTSIDE_FIELDS)[number];

export const EDGE_STATUSES = ['happened', 'planned', 'disputed'] as const;
export type EdgeStatus = (typeof EDGE_STATUSES)[number];
