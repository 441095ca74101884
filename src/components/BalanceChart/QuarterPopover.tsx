/**
 * Every event behind one column's bars, on hover or focus. Placed in the
 * window (fixed), below the chart or above it, whichever has more room, and
 * never under the playback bar: it scrolls when the list is longer.
 */
import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { bucketLabel, type BucketRow } from '../../domain/balanceBuckets';
import { formatFuzzy } from '../../domain/dates';
import { CERTAINTY_LABEL, eventCertainty, eventPartiesText } from '../../domain/events';
import type { TielineGraph } from '../../domain/model';
import { EDGE_KIND_INFO } from '../../domain/vocabulary';

const GAP = 6;
/** The list touches the chart (overlapping it by a pixel), so the pointer can move onto it and scroll it without closing it. */
const TOUCH = 1;

/**
 * Top of the playback bar, or the window's bottom: nothing may hide under the
 * bar. On a phone the panel is a sheet over the bar (the chart sits lower
 * than the bar's top), so there the window's bottom is the floor.
 */
function floorOf(anchor: DOMRect): number {
  const top = document.querySelector('.app__controls')?.getBoundingClientRect().top;
  return top && top > 0 && top >= anchor.bottom ? Math.min(top, window.innerHeight) : window.innerHeight;
}

function usePlacement(anchor: RefObject<HTMLElement | null>, popover: RefObject<HTMLElement | null>, key: unknown): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({ position: 'fixed', visibility: 'hidden', top: 0, left: 0 });
  useLayoutEffect(() => {
    const a = anchor.current?.getBoundingClientRect();
    if (!a) return;
    // The list's full height, to put it where it fits whole: below the chart if it can, else above, else the roomier side, scrolling.
    const needed = popover.current?.scrollHeight ?? 0;
    const floor = floorOf(a) - GAP;
    const below = floor - a.bottom;
    const above = a.top - GAP;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const width = Math.min(a.width, vw - 2 * GAP);
    const left = Math.max(GAP, Math.min(a.left, vw - GAP - width));
    const down = needed <= below || (needed > above && below >= above);
    setStyle(
      down
        ? { position: 'fixed', left, width, top: a.bottom - TOUCH, maxHeight: Math.max(80, below) }
        : { position: 'fixed', left, width, bottom: window.innerHeight - a.top - TOUCH, maxHeight: Math.max(80, above) },
    );
  }, [anchor, popover, key]);
  return style;
}

export function QuarterPopover({ graph, row, names, anchor }: { graph: TielineGraph; row: BucketRow; names: string[]; anchor: RefObject<HTMLElement | null> }) {
  const total = new Set(row.events.flatMap((es) => es.map((e) => e.event))).size;
  const ref = useRef<HTMLDivElement>(null);
  const style = usePlacement(anchor, ref, row);
  return (
    <div ref={ref} className="balance__popover" style={style} aria-hidden="true" data-testid="balance-popover">
      <p className="balance__popover-title">
        {bucketLabel(row.bucket)}: {total} event{total === 1 ? '' : 's'}
      </p>
      {row.events.map((es, i) =>
        es.length === 0 ? null : (
          <div key={i}>
            <p className="balance__popover-who">
              {names[i]} ({es.length})
            </p>
            <ul>
              {es.map((ev) => {
                const e = graph.edges[ev.lead]!;
                const marks = eventCertainty(graph, ev);
                return (
                  <li key={ev.event}>
                    <b>{formatFuzzy(e.date)}</b> {EDGE_KIND_INFO[e.kind].label.toLowerCase()}: {eventPartiesText(graph, ev)}
                    {marks.map((m) => (
                      <span key={m} className={`badge badge--${m}`}>
                        {CERTAINTY_LABEL[m]}
                      </span>
                    ))}
                  </li>
                );
              })}
            </ul>
          </div>
        ),
      )}
      <p className="balance__popover-hint">Click to list these in the event log below.</p>
    </div>
  );
}
