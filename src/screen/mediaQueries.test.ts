import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchesNow, prefersReducedMotion } from './mediaQueries';

describe('media queries read now', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is false where there is no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(matchesNow('(max-width: 720px)')).toBe(false);
    expect(prefersReducedMotion()).toBe(false);
  });

  it('asks matchMedia the query, and less motion is prefers-reduced-motion: reduce', () => {
    const asked: string[] = [];
    vi.stubGlobal('matchMedia', (q: string) => (asked.push(q), { matches: q === '(prefers-reduced-motion: reduce)' }));
    expect(matchesNow('(max-width: 720px)')).toBe(false);
    expect(prefersReducedMotion()).toBe(true);
    expect(asked).toEqual(['(max-width: 720px)', '(prefers-reduced-motion: reduce)']);
  });
});
