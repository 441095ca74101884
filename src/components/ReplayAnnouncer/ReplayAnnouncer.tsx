/**
 * A polite live region that tells screen-reader users where the replay is:
 * once per month of data time (not every frame), and where it stopped.
 * It listens to the store outside React renders, so a frame costs nothing here.
 */
import { useEffect, useState } from 'react';
import { formatDay, formatMonth } from '../../domain/dates';
import { useTielineStore } from '../../store/StoreContext';
import type { TielineState } from '../../store/createTielineStore';

/** The engine's count, read when announcing (it already follows the state). */
const inView = (s: TielineState) => s.engine.interactions;

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
