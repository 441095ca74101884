/**
 * Keyboard steps of the time slider: ←/→ a day, ↓/↑ a month, PageDown/PageUp
 * a quarter (with Shift: a year), Home/End the ends of the range.
 */
import { addMonths } from '../../domain/dates';

/** The day a key moves to, or null when the key is not the slider's. */
export function dayAfterKey(key: string, shift: boolean, day: number, first: number, last: number): number | null {
  switch (key) {
    case 'ArrowLeft':
      return shift ? addMonths(day, -1) : day - 1;
    case 'ArrowRight':
      return shift ? addMonths(day, 1) : day + 1;
    case 'ArrowDown':
      return addMonths(day, -1);
    case 'ArrowUp':
      return addMonths(day, 1);
    case 'PageDown':
      return addMonths(day, shift ? -12 : -3);
    case 'PageUp':
      return addMonths(day, shift ? 12 : 3);
    case 'Home':
      return first;
    case 'End':
      return last;
    default:
      return null;
  }
}
