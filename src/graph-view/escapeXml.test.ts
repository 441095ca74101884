// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml } from './graphToSvg';

const parses = (text: string) => new DOMParser().parseFromString(`<t>${escapeXml(text)}</t>`, 'application/xml').querySelector('parsererror') === null;

describe('escapeXml', () => {
  it('drops control characters XML forbids, keeps tabs, line breaks and real text', () => {
    expect(escapeXml('Bell\u0007 Ltd\u001b <&>')).toBe('Bell Ltd &lt;&amp;&gt;');
    expect(escapeXml('a\tb\nc 😀 Sơn')).toBe('a\tb\nc 😀 Sơn');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone  surrogate');
  });

  it('any string becomes valid XML text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => parses(s)), { numRuns: 120 });
  }, 30_000);
});
