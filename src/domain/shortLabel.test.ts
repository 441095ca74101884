import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnLabel, MAX_DRAWN_LABEL, shortLabel } from './shortLabel';

describe('shortLabel', () => {
  it('keeps a label that fits, and cuts a long one at a space with an ellipsis', () => {
    expect(shortLabel('Bùi Thanh Sơn')).toBe('Bùi Thanh Sơn');
    expect(shortLabel('Ministry of Foreign Affairs of the Socialist Republic of Viet Nam', 40)).toBe('Ministry of Foreign Affairs of the…');
    expect(shortLabel('x'.repeat(10_000))).toBe(`${'x'.repeat(MAX_DRAWN_LABEL - 1)}…`);
  });

  it('is never longer than its limit and never splits a code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 100 }), (text, max) => {
        const out = shortLabel(text, max);
        expect(Array.from(out).length).toBeLessThanOrEqual(Math.max(max, Array.from(text).length <= max ? Array.from(text).length : 0));
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        if (out !== text) expect(text.startsWith(out.slice(0, -1).trimEnd())).toBe(true);
      }),
    );
  });

  it('draws line breaks as spaces and leaves other control characters out', () => {
    expect(drawnLabel('Bell\u0007 Ltd\u001b')).toBe('Bell Ltd');
    expect(drawnLabel('Two\nlines\tand tab')).toBe('Two lines and tab');
  });
});
