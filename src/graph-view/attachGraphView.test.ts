import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountHeadlessView } from './headlessView.fixture';
import { parseFuzzyDate } from '../domain/dates';
import { SMALL_FILE, smallGraph } from '../../tests/fixtures/smallGraph';
import { toModel } from '../data/toModel';

/** Every element's classes, by element id: what the person sees of each. */
const classesOf = (cy: Core) => Object.fromEntries(cy.elements().map((el) => [el.id(), [...el.classes()].sort().join(' ')]));

/** The elements whose classes differ between two snapshots, with their classes after. */
function changed(before: Record<string, string>, after: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(after).filter(([id, cls]) => before[id] !== cls));
}

/**
 * Ids of the elements handed to cytoscape's class setters (`toggleClass`, which
 * `addClass` and `removeClass` call, and `classes(…)`) from now on: an element
 * stripped and given its classes back shows no change, but costs a style update.
 */
function classSetterCalls(): Set<string> {
  const touched = new Set<string>();
  const proto = Object.getPrototypeOf(cytoscape({ headless: true }).collection()) as {
    toggleClass: (this: cytoscape.Collection, ...a: unknown[]) => cytoscape.Collection;
    classes: (this: cytoscape.Collection, ...a: unknown[]) => unknown;
  };
  const { toggleClass, classes } = proto;
  vi.spyOn(proto, 'toggleClass').mockImplementation(function (this: cytoscape.Collection, ...a) {
    this.forEach((el) => void touched.add(el.id()));
    return toggleClass.apply(this, a);
  });
  vi.spyOn(proto, 'classes').mockImplementation(function (this: cytoscape.Collection, ...a) {
    if (a[0] !== undefined) this.forEach((el) => void touched.add(el.id()));
    return classes.apply(this, a);
  });
  return touched;
}

afterEach(() => vi.restoreAllMocks());

function setup(date: string) {
  const mounted = mountHeadlessView(smallGraph(), date);
  const { cy, graph } = mounted;
  const active = () => cy.nodes().filter((n) => !n.hasClass('idle')).map((n) => graph.nodes[n.data('index') as number]!.id).sort();
  return { ...mounted, active };
}

describe('attachGraphView', () => {
  it('shows the interactions in view and dims actors without any', () => {
    const { shown, active } = setup('2022-03-15');
    expect(shown()).toEqual(['call-lavrov', 'evac', 'rel-1950']);
    expect(active()).toEqual(['lavrov', 'russia', 'son', 'ukraine', 'vietnam']);
  });

  it('applies a step as class changes only: no element added or removed, no position moved', () => {
    const { store, cy, shown } = setup('2022-03-15');
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    let added = 0;
    let removed = 0;
    cy.on('add', () => added++);
    cy.on('remove', () => removed++);
    store.getState().setDay(parseFuzzyDate('2025-02-17')!.first);
    expect(shown()).toHaveLength(6);
    store.getState().setMode('window');
    expect(shown()).toEqual(['call-sybiha']);
    expect(added + removed).toBe(0);
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
  });

  it('hides idle actors and ghosts out-of-view ties on request', () => {
    const { store, cy } = setup('2022-03-15');
    store.getState().setHideIdle(true);
    expect(cy.getElementById('n5').hasClass('gone')).toBe(true); // kuleba: nothing in view yet
    store.getState().setGhostOut(true);
    expect(cy.edges('.ghost').length).toBe(3);
    expect(cy.edges('.out').length).toBe(0);
    store.getState().setDay(parseFuzzyDate('2022-03-16')!.first);
    expect(cy.getElementById('n5').hasClass('gone')).toBe(false);
  });

  it('fades everything outside a selected actor’s neighbourhood', () => {
    const { store, cy } = setup('2022-12-31');
    store.getState().select({ kind: 'node', id: 'kuleba' });
    const kept = cy.elements().filter((el) => !el.hasClass('faded'));
    expect(kept.nodes().map((n) => n.data('label')).sort()).toEqual(['Bùi Thanh Sơn', 'Dmytro Kuleba']);
    expect(kept.edges().length).toBe(2);
    store.getState().select(null);
    expect(cy.elements('.faded').length).toBe(0);
  });

  it('while an actor is selected, a step touches only the elements whose look changed', () => {
    const { store, cy, graph } = setup('2022-03-15');
    store.getState().select({ kind: 'node', id: 'son' });
    store.getState().setFocus({ node: graph.nodeIndex.get('son')!, depth: 1 });
    const kuleba = `n${graph.nodeIndex.get('kuleba')}`;
    const call = `e${graph.edgeIndex.get('call-kuleba')}`;
    const before = classesOf(cy);
    expect(before[call]).toContain('out');
    const touched = classSetterCalls();
    // 15 → 16 March 2022: only the call with Kuleba enters (and Kuleba with it), both inside Son's neighbourhood.
    store.getState().setDay(parseFuzzyDate('2022-03-16')!.first);
    const after = classesOf(cy);
    expect(Object.keys(changed(before, after)).sort()).toEqual([call, kuleba].sort());
    for (const id of [call, kuleba]) expect(after[id]).not.toMatch(/\b(out|idle|faded)\b/);
    expect(cy.getElementById(`n${graph.nodeIndex.get('ukraine')}`).hasClass('faded')).toBe(true);
    // No other element was stripped and given its classes back (the selection's classes are not redone every step).
    expect([...touched].sort()).toEqual([call, kuleba].sort());
  });

  it('selects on tap, and stops listening once detached', () => {
    const { store, cy, view } = setup('2022-12-31');
    cy.getElementById('n3').emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'son' });
    view.detach();
    cy.getElementById('n4').emit('tap');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'son' });
    store.getState().setDay(parseFuzzyDate('2022-01-01')!.first);
    // Still the 31 Dec 2022 picture: everything but the 2025 call.
    expect(cy.edges('[index >= 0]').filter((e) => !e.hasClass('out')).length).toBe(5);
  });
});

describe.each(['for-state', 'out-of-view'] as const)('attachGraphView with a view already set (a link opened), elements built %s', (build) => {
  it('shows actors as active when a filter was set before the graph view attached', () => {
    // An ongoing span from 1950 runs through day 0 (1 Jan 1970): it must not count as visible before the first step.
    const file = structuredClone(SMALL_FILE);
    file.edges.push({ id: 'span-1950', source: 'russia', target: 'vietnam', kind: 'cooperation', date: '1950', summary: 'A lasting programme.', sources: ['a'] });
    const graph = toModel(file);
    const { cy } = mountHeadlessView(graph, '2022-03-31', {
      build,
      prepare: (store) => store.getState().setFilter({ hiddenNodeKinds: [], hiddenEdgeKinds: ['meeting'], countries: [] }),
    });
    const active = cy.nodes().filter((n) => !n.hasClass('idle')).map((n) => graph.nodes[n.data('index') as number]!.id).sort();
    expect(active).toEqual(['kuleba', 'lavrov', 'russia', 'son', 'ukraine', 'vietnam']);
  });

  it('with faint out-of-view ties, ties out of view are faint and ties in view are drawn', () => {
    const { cy } = mountHeadlessView(smallGraph(), '2022-03-15', {
      build,
      prepare: (store) => {
        store.getState().setGhostOut(true);
        store.getState().setHideIdle(true);
      },
    });
    expect(cy.edges('.out')).toHaveLength(0);
    const drawn = cy.edges().filter((e) => !e.hasClass('ghost'));
    expect(drawn.map((e) => smallGraph().edges[e.data('index') as number]!.id).sort()).toEqual(['call-lavrov', 'evac', 'rel-1950']);
    expect(cy.edges('.ghost').length).toBe(cy.edges().length - 3);
    expect(cy.nodes('.idle').filter((n) => !n.hasClass('gone'))).toHaveLength(0);
    expect(cy.nodes('.idle').length).toBeGreaterThan(0);
  });
});

describe('elements built for the state at hand', () => {
  it('need no class change when the view attaches', () => {
    const attach = (build: 'for-state' | 'out-of-view') => {
      let asBuilt: Record<string, string> = {};
      let touched = new Set<string>();
      const { cy } = mountHeadlessView(smallGraph(), '2022-03-15', {
        build,
        between: (_, cy) => {
          asBuilt = classesOf(cy);
          touched = classSetterCalls();
        },
      });
      vi.restoreAllMocks();
      return { asBuilt, attached: classesOf(cy), touched };
    };
    const forState = attach('for-state');
    const outOfView = attach('out-of-view');
    // Built for the state, the elements already look as attached: the view changes nothing and touches nothing.
    expect(forState.attached).toEqual(forState.asBuilt);
    expect(forState.touched.size).toBe(0);
    // Built out of view, the view has to bring them there: the same picture in the end.
    expect(outOfView.asBuilt).not.toEqual(outOfView.attached);
    expect(outOfView.attached).toEqual(forState.attached);
    expect([...outOfView.touched]).toEqual(expect.arrayContaining(Object.keys(changed(outOfView.asBuilt, outOfView.attached))));
  });

  it('still end up as if built for the state the view attaches to, when it changed in between', () => {
    const change = (store: import('../store/createTielineStore').TielineStore) => {
      store.getState().setDay(parseFuzzyDate('2025-02-17')!.first);
      store.getState().setGhostOut(true);
      store.getState().setHideIdle(true);
      store.getState().setFilter({ hiddenNodeKinds: [], hiddenEdgeKinds: ['meeting'], countries: [] });
    };
    const changedLate = mountHeadlessView(smallGraph(), '2022-03-15', { between: change });
    const builtLate = mountHeadlessView(smallGraph(), '2022-03-15', { prepare: change });
    expect(classesOf(changedLate.cy)).toEqual(classesOf(builtLate.cy));
    expect(changedLate.shown()).toEqual(builtLate.shown());
  });
});
