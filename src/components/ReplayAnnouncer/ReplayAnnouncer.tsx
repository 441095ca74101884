/**
 * A polite live region that tells screen-reader users where the replay is:
 * once per month of data time (not every frame), and where it stopped.
 * It listens to the store outside React renders, so a frame costs nothing here.
 */
import { useEffect, useState } from 'react';
import { formatDay, formatMonth } from '../../domain/dates';
import { boundsOf } from '../../domain/timeView';
import { summarizeView } from '../../domain/viewSummary';
import { maskOf } from '../../store/derived';
import { useTielineStore } from '../../store/StoreContext';
import type { TielineState } from '../../store/createTielineStore';

function inView(s: TielineState): number {
  if (!s.graph || !s.timeIndex) return 0;
  return summarizeView(s.graph, s.timeIndex, boundsOf(s), maskOf(s)).edges;
}

export function ReplayAnnouncer() {
  const store = useTielineStore();
  const [text, setText] = useState('');
  useEffect(() => {
    let lastMonth = '';
    return store.subscribe((s, prev) => {
      if (s.playing) {
        const month = formatMonth(s.day);
        if (month !== lastMonth) {
          lastMonth = month;
          setText(`${month}: ${inView(s)} interactions in view`);
        }
      } else if (prev.playing) {
        lastMonth = '';
        setText(`Replay paused at ${formatDay(s.day)}: ${inView(s)} interactions in view`);
      }
    });
  }, [store]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="replay-announcer">
      {text}
    </div>
  );
}
