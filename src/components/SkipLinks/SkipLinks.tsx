/**
 * The first thing Tab reaches: links past the header straight to the graph
 * (where the arrow keys move between actors) and to the time slider. They
 * move focus themselves rather than follow `#id`, which would add a history
 * entry that Back would then have to undo.
 */
import type { MouseEvent } from 'react';
import './SkipLinks.css';

/** Ids of the targets, set on the graph area (GraphCanvas) and the slider (TimeSlider). */
export const SKIP_TARGETS = [
  { id: 'graph-canvas', label: 'Skip to the graph' },
  { id: 'time-slider', label: 'Skip to the time slider' },
] as const;

/** `slider: false` where the slider is hidden (the clean view). */
export function SkipLinks({ slider = true }: { slider?: boolean }) {
  const go = (ev: MouseEvent<HTMLAnchorElement>, id: string) => {
    ev.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {SKIP_TARGETS.filter((t) => slider || t.id !== 'time-slider').map((t) => (
        <a key={t.id} href={`#${t.id}`} onClick={(ev) => go(ev, t.id)}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
