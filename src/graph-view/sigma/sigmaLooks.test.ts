import { describe, expect, it } from 'vitest';
import * as L from '../../domain/viewLooks';
import { EDGE_KIND_INFO, NODE_KIND_INFO } from '../../domain/vocabulary';
import { activityNodeSize, edgeAttrs, fade, lineScaleFor, nodeAttrs, NODE_SIZE, pairLineAttrs, pairLineWidth } from './sigmaLooks';
import { edgeTypeOf, isStyledType, STYLED_EDGE_TYPES } from './edgeTypes';

const PLAIN = { ghostOut: false, hideIdle: false };
const MEETING = { kind: 'meeting', status: 'happened', directed: false } as const;

describe('sigma looks', () => {
  it('hides a tie out of view, or draws it faint when ghosts are on', () => {
    expect(edgeAttrs(0, MEETING, PLAIN).hidden).toBe(true);
    expect(edgeAttrs(0, MEETING, { ...PLAIN, ghostOut: true }).hidden).toBe(false);
    expect(edgeAttrs(L.SHOWN, MEETING, PLAIN)).toMatchObject({ hidden: false, color: EDGE_KIND_INFO.meeting.color });
  });

  it('fades what is not selected and draws the selection and paths above it', () => {
    const faded = edgeAttrs(L.SHOWN | L.FADED, MEETING, PLAIN);
    const selected = edgeAttrs(L.SHOWN | L.SELECTED, MEETING, PLAIN);
    const onPath = edgeAttrs(L.SHOWN | L.ON_PATH, MEETING, PLAIN);
    expect(faded.color).toBe(fade(EDGE_KIND_INFO.meeting.color, 0.15));
    expect(selected.zIndex).toBeGreaterThan(faded.zIndex);
    expect(selected.size).toBeGreaterThan(edgeAttrs(L.SHOWN, MEETING, PLAIN).size);
    expect(onPath.color).toBe(EDGE_KIND_INFO.meeting.color);
    expect(edgeAttrs(L.SHOWN | L.OFF_PATH, MEETING, PLAIN).color).toBe(faded.color);
  });

  it('emphasises fresh ties in replay, and draws possible ones lighter', () => {
    expect(edgeAttrs(L.SHOWN | L.FRESH, MEETING, PLAIN).size).toBeGreaterThan(edgeAttrs(L.SHOWN | L.RECENT, MEETING, PLAIN).size);
    expect(edgeAttrs(L.SHOWN | L.POSSIBLE, MEETING, PLAIN).color).not.toBe(EDGE_KIND_INFO.meeting.color);
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
    expect(edgeAttrs(L.SHOWN, MEETING, dense).size).toBeLessThan(edgeAttrs(L.SHOWN, MEETING, PLAIN).size);
    expect(edgeAttrs(L.SHOWN | L.SELECTED, MEETING, dense).size).toBe(edgeAttrs(L.SHOWN | L.SELECTED, MEETING, PLAIN).size);
  });

  it('draws each line style with its own program: planned dotted, disputed hollow, possible dashed, with or without arrow', () => {
    expect(edgeTypeOf(L.SHOWN, 'happened', false)).toBe('line');
    expect(edgeTypeOf(L.SHOWN, 'happened', true)).toBe('arrow');
    expect(edgeTypeOf(L.SHOWN, 'planned', false)).toBe('planned');
    expect(edgeTypeOf(L.SHOWN, 'planned', true)).toBe('plannedArrow');
    expect(edgeTypeOf(L.SHOWN, 'disputed', true)).toBe('disputedArrow');
    expect(edgeTypeOf(L.SHOWN | L.POSSIBLE, 'happened', false)).toBe('possible');
    expect(edgeTypeOf(L.SHOWN | L.POSSIBLE, 'disputed', false)).toBe('disputedPossible');
    // Planned and possibly in view: still dotted (and faint, as every possible tie).
    expect(edgeTypeOf(L.SHOWN | L.POSSIBLE, 'planned', false)).toBe('planned');
    // Out of view and drawn faintly (ghosts on): the style stays.
    expect(edgeTypeOf(0, 'disputed', false)).toBe('disputed');
    expect(STYLED_EDGE_TYPES.planned.cut).toEqual({ dots: true });
    expect(STYLED_EDGE_TYPES.disputed.cut).toEqual({ hollow: true });
    expect(STYLED_EDGE_TYPES.possibleArrow).toEqual({ cut: { dashes: true }, arrow: true });
    expect(isStyledType('line')).toBe(false);
    expect(isStyledType('disputedPossibleArrow')).toBe(true);
  });

  it('gives an interaction its type with its look, and keeps styled lines wide enough for their style in dense graphs', () => {
    const planned = { ...MEETING, status: 'planned' } as const;
    const disputed = { ...MEETING, status: 'disputed', directed: true } as const;
    expect(edgeAttrs(L.SHOWN, planned, PLAIN).type).toBe('planned');
    expect(edgeAttrs(L.SHOWN, disputed, PLAIN).type).toBe('disputedArrow');
    expect(edgeAttrs(L.SHOWN, MEETING, PLAIN).type).toBe('line');
    expect(edgeAttrs(L.SHOWN, disputed, PLAIN).size).toBeGreaterThan(2 * edgeAttrs(L.SHOWN, MEETING, PLAIN).size);
    const dense = { ...PLAIN, lineScale: lineScaleFor(100_000) };
    expect(edgeAttrs(L.SHOWN, planned, dense).size).toBe(edgeAttrs(L.SHOWN, planned, PLAIN).size);
    expect(edgeAttrs(L.SHOWN | L.POSSIBLE, MEETING, PLAIN).type).toBe('possible');
  });

  it('sizes actors by their ties in view when Size by activity is on', () => {
    const sized = { ...PLAIN, sized: true };
    expect(nodeAttrs(L.ACTIVE, 'person', sized, 0).size).toBe(activityNodeSize(0));
    expect(nodeAttrs(L.ACTIVE, 'person', sized, 40).size).toBeGreaterThan(nodeAttrs(L.ACTIVE, 'person', sized, 4).size);
    expect(nodeAttrs(L.ACTIVE, 'person', PLAIN, 40).size).toBe(NODE_SIZE.person);
  });

  it("gives a heavy pair's line cytoscape's count width, clamped, unthinned in dense graphs and at least as wide as its look", () => {
    expect([0, 1, 12, 200].map(pairLineWidth)).toEqual([2, 2, 14, 14]);
    expect(pairLineWidth(6.5)).toBe(8);
    const c = EDGE_KIND_INFO.meeting.color;
    const dense = { ...PLAIN, lineScale: lineScaleFor(100_000) };
    expect(pairLineAttrs(L.SHOWN, c, 40, dense).size).toBe(14);
    expect(pairLineAttrs(L.SHOWN | L.SELECTED, c, 1, PLAIN).size).toBe(edgeAttrs(L.SHOWN | L.SELECTED, MEETING, PLAIN).size);
    expect(pairLineAttrs(0, c, 0, PLAIN).hidden).toBe(true);
  });
});
