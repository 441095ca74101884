/**
 * A label cut to a length the picture and the lists can hold: a 10,000-character
 * name from a file would otherwise fill the graph (and its Fit) or a table
 * row. The whole text stays in the model and shows in the details panel.
 */

/** Longest label drawn on the graph, in characters. */
export const MAX_DRAWN_LABEL = 48;

/** `text` if it fits in `max` characters, else its start (whole code points, at a space when one is near) and "…". */
export function shortLabel(text: string, max: number = MAX_DRAWN_LABEL): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= max * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/**
 * A label as drawn on the graph: line breaks and tabs as spaces, other control
 * characters (which fonts draw as boxes) left out, then shortened.
 */
export function drawnLabel(text: string): string {
  return shortLabel(text.replace(/[\t\n\r]+/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]/g, ''));
}

/** The name an actor is drawn with: its short name where the screen is small (`short`) and it has one, else its label. */
export function drawnName(actor: { label: string; shortName?: string }, short: boolean): string {
  return short && actor.shortName !== undefined ? actor.shortName : actor.label;
}
