/**
 * How certainty and kind of tie change a line's look, on top of its kind's
 * colour: planned, disputed, possibly in view, an abstention, an
 * affiliation. One list, read by the graph's stylesheet, the legend on
 * screen and the legend of every exported picture and video, so the three
 * always agree.
 */
import type { Interaction } from './model';
import { isAffiliation } from './vocabulary';

export const LINE_LOOKS = ['planned', 'disputed', 'possible', 'abstain', 'affiliation'] as const;
export type LineLook = (typeof LINE_LOOKS)[number];

export interface LineLookInfo {
  label: string;
  description: string;
  /** Dash pattern in px at width 2.5 (empty: solid). */
  dash: number[];
  /** Drawn as an outline with a white core (two thin lines). */
  hollow?: true;
  /** A bar across the end instead of an arrowhead. */
  tee?: true;
  /** A grey of its own instead of the kind's colour. */
  color?: string;
  /** Thinner than other lines. */
  thin?: true;
  /** Drawn faint. */
  faint?: true;
}

export const LINE_LOOK_INFO: Record<LineLook, LineLookInfo> = {
  planned: { label: 'Planned', description: 'Announced or agreed, not reported as done.', dash: [1, 5] },
  disputed: { label: 'Disputed', description: 'The sources disagree about it.', dash: [], hollow: true },
  possible: { label: 'Possibly in view', description: 'Dated only to a month or year that reaches into the window, so it may fall outside it.', dash: [6, 4], faint: true },
  abstain: { label: 'Abstained', description: 'A vote that abstained: a bar at the end instead of an arrow.', dash: [], tee: true },
  affiliation: { label: 'Office held or membership', description: 'Who belongs where: not an interaction, drawn thin and grey.', dash: [], color: '#b3bac4', thin: true },
};

/** The looks of one interaction's line ("possible" is a matter of the view, not of the interaction). */
export function looksOf(e: Pick<Interaction, 'kind' | 'status' | 'position'>): LineLook[] {
  const out: LineLook[] = [];
  if (e.status === 'planned') out.push('planned');
  if (e.status === 'disputed') out.push('disputed');
  if (e.kind === 'vote' && e.position === 'abstain') out.push('abstain');
  if (isAffiliation(e.kind)) out.push('affiliation');
  return out;
}
