import { describe, expect, it } from 'vitest';
import * as L from '../../domain/viewLooks';
import { EDGE_KIND_INFO, NODE_KIND_INFO } from '../../domain/vocabulary';
import { edgeAttrs, fade, lineScaleFor, nodeAttrs, NODE_SIZE } from './sigmaLooks';

const PLAIN = { ghostOut: false, hideIdle: false };

describe('sigma looks', () => {
  it('hides a tie out of view, or draws it faint when ghosts are on', () => {
    expect(edgeAttrs(0, 'meeting', PLAIN).hidden).toBe(true);
    expect(edgeAttrs(0, 'meeting', { ...PLAIN, ghostOut: true }).hidden).toBe(false);
    expect(edgeAttrs(L.SHOWN, 'meeting', PLAIN)).toMatchObject({ hidden: false, color: EDGE_KIND_INFO.meeting.color });
  });

  it('fades what is not selected and draws the selection and paths above it', () => {
    const faded = edgeAttrs(L.SHOWN | L.FADED, 'meeting', PLAIN);
    const selected = edgeAttrs(L.SHOWN | L.SELECTED, 'meeting', PLAIN);
    const onPath = edgeAttrs(L.SHOWN | L.ON_PATH, 'meeting', PLAIN);
    expect(faded.color).toBe(fade(EDGE_KIND_INFO.meeting.color, 0.15));
    expect(selected.zIndex).toBeGreaterThan(faded.zIndex);
    expect(selected.size).toBeGreaterThan(edgeAttrs(L.SHOWN, 'meeting', PLAIN).size);
    expect(onPath.color).toBe(EDGE_KIND_INFO.meeting.color);
    expect(edgeAttrs(L.SHOWN | L.OFF_PATH, 'meeting', PLAIN).color).toBe(faded.color);
  });

  it('emphasises fresh ties in replay, and draws possible ones lighter', () => {
    expect(edgeAttrs(L.SHOWN | L.FRESH, 'meeting', PLAIN).size).toBeGreaterThan(edgeAttrs(L.SHOWN | L.RECENT, 'meeting', PLAIN).size);
    expect(edgeAttrs(L.SHOWN | L.POSSIBLE, 'meeting', PLAIN).color).not.toBe(EDGE_KIND_INFO.meeting.color);
  });

  it('dims idle actors, or hides them, and hides actors whose kind is filtered out', () => {
    const c = NODE_KIND_INFO.country.color;
    expect(nodeAttrs(L.ACTIVE, 'country', PLAIN)).toMatchObject({ color: c, hidden: false, size: NODE_SIZE.country });
    expect(nodeAttrs(0, 'country', PLAIN)).toMatchObject({ color: fade(c, 0.28), hidden: false });
    expect(nodeAttrs(0, 'country', { ...PLAIN, hideIdle: true }).hidden).toBe(true);
    expect(nodeAttrs(L.ACTIVE | L.FILTERED, 'country', PLAIN).hidden).toBe(true);
  });

  it('marks the selected actor larger and highlighted, and actors outside the focus faded', () => {
    const sel = nodeAttrs(L.ACTIVE | L.SELECTED, 'person', PLAIN);
    expect(sel.highlighted).toBe(true);
    expect(sel.size).toBeGreaterThan(NODE_SIZE.person);
    expect(nodeAttrs(L.ACTIVE | L.OUTSIDE, 'person', PLAIN).color).toBe(fade(NODE_KIND_INFO.person.color, 0.15));
    // A selected actor shows even when it is idle and idle actors are hidden.
    expect(nodeAttrs(L.SELECTED, 'person', { ...PLAIN, hideIdle: true }).hidden).toBe(false);
  });

  it('draws lines thinner in dense graphs, but never the selection', () => {
    const dense = { ...PLAIN, lineScale: lineScaleFor(100_000) };
    expect(lineScaleFor(10_000)).toBe(1);
    expect(edgeAttrs(L.SHOWN, 'meeting', dense).size).toBeLessThan(edgeAttrs(L.SHOWN, 'meeting', PLAIN).size);
    expect(edgeAttrs(L.SHOWN | L.SELECTED, 'meeting', dense).size).toBe(edgeAttrs(L.SHOWN | L.SELECTED, 'meeting', PLAIN).size);
  });
});
