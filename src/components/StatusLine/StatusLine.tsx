/** What is in view, in words: "23 of 61 interactions · 18 actors · Mar 2022 – May 2022". */
import { useRef } from 'react';
import { isFiltering } from '../../domain/filters';
import { formatCount, plural } from '../../domain/plural';
import { describeView } from '../../domain/timeView';
import type { TielineState } from '../../store/createTielineStore';
import { useTieline } from '../../store/StoreContext';
import { useStateToDom, writeText } from '../../store/useStateToDom';

/** The status line's text for a state (the engine's counts, the view's dates). */
export function statusText(s: TielineState): string {
  const e = s.engine;
  const view = { day: s.day, mode: s.mode, window: s.window };
  const when = s.mode === 'cumulative' ? `up to ${describeView(view)}` : describeView(view);
  return (
    `${formatCount(e.interactions)} of ${plural(e.totalInteractions, 'interaction')} · ${plural(e.actors, 'actor')} · ${when}` +
    (e.possibleInteractions > 0 ? ` · ${formatCount(e.possibleInteractions)} of them possibly outside this window` : '') +
    (isFiltering(s.filter) ? ' · filtered' : '')
  );
}

export function StatusLine() {
  const hasGraph = useTieline((s) => s.graph !== null);
  const line = useRef<HTMLParagraphElement>(null);
  // The text changes with the date, so on every replay frame: written outside React renders.
  useStateToDom(statusText, (text) => writeText(line.current, text));
  if (!hasGraph) return null;
  return <p ref={line} className="status-line" data-testid="status-line" />;
}
