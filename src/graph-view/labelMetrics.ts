/**
 * Sizes of actors and their labels in model units, shared by the stylesheet
 * (what is drawn) and the layout (what space each actor needs), so the
 * layout keeps room for the labels the screen and the pictures really draw.
 */
import type { NodeKind } from '../domain/vocabulary';

export const NODE_SIZE: Record<NodeKind, { w: number; h: number }> = {
  country: { w: 40, h: 40 },
  person: { w: 24, h: 24 },
  institution: { w: 30, h: 30 },
};

/** Label font size, weight and wrapping width per actor kind. Countries: larger, heavier, in capitals. */
export const LABEL: Record<NodeKind, { size: number; weight: number; maxWidth: number; upper: boolean }> = {
  country: { size: 19, weight: 800, maxWidth: 220, upper: true },
  person: { size: 16, weight: 600, maxWidth: 130, upper: false },
  institution: { size: 16, weight: 600, maxWidth: 130, upper: false },
};

/**
 * On tall screens (a phone upright) the picture is fitted at about half the zoom of a desktop, so labels
 * are drawn larger in model units (to stay readable on screen) and wrap at a width the phone can give.
 * The tall layout keeps room for labels of this size (scripts/layout.ts scores it in the phone's pixels).
 */
export const TALL_LABEL: Record<NodeKind, { size: number; maxWidth: number }> = {
  country: { size: 30, maxWidth: 200 },
  // Short names (drawnName): wide enough that "Ukr. embassy, Hanoi" takes two lines, not three.
  person: { size: 28, maxWidth: 240 },
  institution: { size: 28, maxWidth: 240 },
};

/**
 * A small embed (an iframe on a news page) draws the wide layout in about 860×400 px, at well under half
 * a desktop's zoom: short names, larger in model units. A short name at this size takes about the room
 * the full name takes at the desktop size, which the wide layout keeps free.
 */
export const EMBED_LABEL: Record<NodeKind, { size: number; maxWidth: number }> = {
  country: { size: 22, maxWidth: 240 },
  person: { size: 22, maxWidth: 240 },
  institution: { size: 22, maxWidth: 240 },
};

export const LABEL_MARGIN_Y = 4;
/** Spacing of parallel ties between one pair (cytoscape's control-point step), in model units. */
export const PARALLEL_STEP = 12;

/** Average advance of a character, as a share of the font size (DejaVu/Inter semibold, measured loosely, on the wide side). */
const CHAR_EM = 0.63;
const CAPS_EM = 0.74;

/**
 * A word's width in ems, character by character: short names are few letters, often capitals
 * ("UNGA", "CPV"), where an average per character comes out too narrow.
 */
function wordEms(word: string, upper: boolean): number {
  let w = 0;
  for (const ch of word) {
    if (upper || /[A-ZĐ0-9]/.test(ch)) w += /[MW]/.test(ch) ? 0.95 : /[I]/.test(ch) ? 0.4 : 0.76;
    else if (/[mw]/.test(ch)) w += 0.92;
    else if (/[ijlft.,;:'!]/.test(ch)) w += 0.38;
    else w += 0.64;
  }
  return w;
}

/** The label's box (width, height) as drawn: wrapped at word breaks to the kind's width, 1.3 line height (`tall`: short names at `sizes`). */
export function labelSize(label: string, kind: NodeKind, tall = false, sizes: Record<NodeKind, { size: number; maxWidth: number }> = TALL_LABEL): { w: number; h: number } {
  const style = tall ? { ...LABEL[kind], ...sizes[kind] } : LABEL[kind];
  const em = style.size * (style.upper ? CAPS_EM : CHAR_EM);
  // The wide layout keeps its estimate (its stored picture was made with it); the tall one, of short names, counts letters.
  const width = (word: string) => (tall ? wordEms(word, style.upper) * style.size : word.length * em);
  const lines: number[] = [];
  let line = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const w = width(word);
    const next = line ? line + em + w : w;
    if (line && next > style.maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  // On the safe side both ways: a line may hold a little more than estimated (up to the wrap width),
  // and an extra estimated line only keeps more room below.
  // Short names are counted letter by letter, close enough that their wrapped lines are the estimate.
  const single = tall ? 0 : label.length * em;
  // Large tall-screen labels: a little more room each way (bold glyphs and Vietnamese marks run wider and higher at that size).
  const k = tall ? 1.08 : 1;
  return { w: k * Math.max(...lines, Math.min(single, style.maxWidth + 12)), h: k * lines.length * style.size * 1.3 };
}
