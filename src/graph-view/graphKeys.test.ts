// The keys both renderers' keyboard code share: what a press asks for, and the walk round an actor's ties.
import { describe, expect, it } from 'vitest';
import { graphKeyAction, nextAround } from './graphKeys';

const press = (key: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  graphKeyAction({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('graph keys', () => {
  it('arrows move, Enter walks forward and Shift+Enter back; with Ctrl, Meta or Alt the graph leaves the key alone', () => {
    expect(press('ArrowLeft')).toEqual({ move: 'left' });
    expect(press('ArrowDown')).toEqual({ move: 'down' });
    expect(press('Enter')).toEqual({ walk: 1 });
    expect(press('Enter', { shiftKey: true })).toEqual({ walk: -1 });
    expect(press('ArrowUp', { ctrlKey: true })).toBeNull();
    expect(press('Enter', { altKey: true })).toBeNull();
    expect(press('a')).toBeNull();
  });

  it('walks round the ties: from none to the first or last, and past either end round again', () => {
    expect(nextAround(-1, 1, 4)).toBe(0);
    expect(nextAround(-1, -1, 4)).toBe(3);
    expect(nextAround(3, 1, 4)).toBe(0);
    expect(nextAround(0, -1, 4)).toBe(3);
    expect(nextAround(1, 1, 4)).toBe(2);
  });
});
