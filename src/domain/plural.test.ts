import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('picks the noun by the count and groups thousands', () => {
    expect(plural(1, 'actor')).toBe('1 actor');
    expect(plural(0, 'actor')).toBe('0 actors');
    expect(plural(1204, 'tie', 'ties!')).toBe('1,204 ties!');
    expect([999, 1000, -1200, 1234567].map((n) => plural(n, 'tie'))).toEqual(['999 ties', '1,000 ties', '-1,200 ties', '1,234,567 ties']);
  });
});
