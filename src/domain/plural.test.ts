import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('picks the noun by the count and groups thousands', () => {
    expect(plural(1, 'actor')).toBe('1 actor');
    expect(plural(0, 'actor')).toBe('0 actors');
    expect(plural(1204, 'tie', 'ties!')).toBe('1,204 ties!');
  });
});
