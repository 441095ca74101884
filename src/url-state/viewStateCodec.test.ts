import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../domain/dates';
import { LOG_SORT_KEYS } from '../domain/eventLog';
import { decodeViewState, encodeViewState, writeViewState, type DecodeContext, type ViewState } from './viewStateCodec';

const DEFAULT = { first: dayFromParts(2022, 1, 1), last: dayFromParts(2025, 12, 31) };
const ALL = { first: dayFromParts(1950, 1, 1), last: dayFromParts(2025, 12, 31) };
const ctx: DecodeContext = {
  nodeIds: new Set(['vietnam', 'bui-thanh-son', 'kuleba', 'ukraine']),
  countryIds: new Set(['vietnam', 'ukraine']),
  edgeIds: new Set(['call-1', 'évac-2']),
  rangeOf: (choice) => (choice === 'all' ? ALL : DEFAULT),
  speeds: [30, 91, 182, 365],
};

const base: ViewState = {
  day: dayFromParts(2022, 5, 31),
  mode: 'cumulative',
  window: { amount: 3, unit: 'month' },
  speed: 91,
  loop: false,
  hideIdle: false,
  ghostOut: false,
  selection: null,
  camera: null,
  rangeChoice: 'default',
  filter: { hiddenNodeKinds: [], hiddenEdgeKinds: [], countryIds: [] },
  aggregateEdges: false,
  sizeByActivity: false,
  focus: null,
  path: null,
  panel: null,
  logSort: { key: 'date', dir: 'descending' },
  logText: '',
  logWith: null,
  balanceScope: 'all',
};

function roundTrip(state: ViewState) {
  const search = encodeViewState(state).toString();
  return decodeViewState(search, '', ctx);
}

describe('view state round trip', () => {
  it('writes a readable link', () => {
    const s: ViewState = { ...base, mode: 'window', window: { amount: 90, unit: 'day' }, selection: { kind: 'node', id: 'bui-thanh-son' }, camera: { x: 12.4, y: -8.6, zoom: 0.83456 } };
    expect(encodeViewState(s).toString()).toBe('date=2022-05-31&mode=window&window=90d&speed=91&node=bui-thanh-son&cam=12%2C-9%2C0.835');
  });

  it('writes a layout-neutral camera as @actor,x,y,zoom and refuses an actor not in the data', () => {
    const s: ViewState = { ...base, camera: { anchor: 'kuleba', x: 0.12345, y: -0.5, zoom: 1.75 } };
    expect(encodeViewState(s).get('cam')).toBe('@kuleba,0.123,-0.5,1.75');
    const stale = decodeViewState('?cam=%40nobody%2C0%2C0%2C1', '', ctx);
    expect(stale.state.camera ?? null).toBeNull();
    expect(stale.ignored.join(' ')).toContain('nobody');
  });

  it.each<[string, Partial<ViewState>]>([
    ['date', { day: dayFromParts(2024, 2, 29) }],
    ['mode and window in months', { mode: 'window', window: { amount: 6, unit: 'month' } }],
    ['window in days', { mode: 'window', window: { amount: 45, unit: 'day' } }],
    ['speed', { speed: 365 }],
    ['loop', { loop: true }],
    ['hide inactive', { hideIdle: true }],
    ['ghost', { ghostOut: true }],
    ['selected actor', { selection: { kind: 'node', id: 'kuleba' } }],
    ['selected interaction with a non-ASCII id', { selection: { kind: 'edge', id: 'évac-2' } }],
    ['camera (older links: a model point)', { camera: { x: -340, y: 1200, zoom: 1.25 } }],
    ['camera around an actor (layout-neutral)', { camera: { anchor: 'bui-thanh-son', x: -0.125, y: 0.04, zoom: 2.5 } }],
    ['selected pair of actors', { selection: { kind: 'pair', id: 'vietnam kuleba' } }],
    ['filters', { filter: { hiddenNodeKinds: ['institution'], hiddenEdgeKinds: ['role', 'vote'], countryIds: ['ukraine', 'vietnam'] } }],
    ['range all with an early date', { rangeChoice: 'all', day: dayFromParts(1950, 1, 30) }],
    ['merge repeats', { aggregateEdges: true }],
    ['size by activity', { sizeByActivity: true }],
    ['focus at 1 step', { focus: { id: 'kuleba', depth: 1 } }],
    ['focus at 2 steps', { focus: { id: 'bui-thanh-son', depth: 2 } }],
    ['a path to a second actor', { selection: { kind: 'node', id: 'kuleba' }, path: { from: 'kuleba', to: 'vietnam' } }],
    ['the open panel', { panel: 'log' }],
    ['the event log sort', { logSort: { key: 'parties', dir: 'ascending' } }],
    ['the event log text and participant filters', { logText: 'Davos & co', logWith: 'ukraine' }],
    ['the chart counting contacts only', { balanceScope: 'contacts' }],
  ])('keeps %s', (_name, change) => {
    const state = { ...base, ...change };
    const back = roundTrip(state);
    expect(back.ignored).toEqual([]);
    expect({ ...base, ...back.state }).toEqual(state);
  });

  it('keeps every field at once, on random states', () => {
    const arb = fc.record({
      day: fc.integer({ min: ALL.first, max: ALL.last }),
      mode: fc.constantFrom('cumulative' as const, 'window' as const),
      window: fc.record({ amount: fc.integer({ min: 1, max: 999 }), unit: fc.constantFrom('day' as const, 'month' as const) }),
      speed: fc.constantFrom(30, 91, 182, 365),
      loop: fc.boolean(),
      hideIdle: fc.boolean(),
      ghostOut: fc.boolean(),
      selection: fc.option(fc.oneof(fc.constantFrom(...ctx.nodeIds).map((id) => ({ kind: 'node' as const, id })), fc.constantFrom(...ctx.edgeIds).map((id) => ({ kind: 'edge' as const, id })))),
      camera: fc.option(fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), zoom: fc.integer({ min: 50, max: 4000 }).map((z) => z / 1000) })),
      rangeChoice: fc.constant('all' as const),
      aggregateEdges: fc.boolean(),
      sizeByActivity: fc.boolean(),
      focus: fc.option(fc.record({ id: fc.constantFrom(...ctx.nodeIds), depth: fc.constantFrom(1 as const, 2 as const) })),
      path: fc.option(fc.constantFrom(['kuleba', 'vietnam'], ['ukraine', 'bui-thanh-son']).map(([from, to]) => ({ from: from!, to: to! }))),
      panel: fc.option(fc.constantFrom('filters' as const, 'log' as const, 'balance' as const)),
      logSort: fc.record({ key: fc.constantFrom(...LOG_SORT_KEYS), dir: fc.constantFrom('ascending' as const, 'descending' as const) }),
      logText: fc.string({ maxLength: 30 }).filter((t) => t.trim() !== '' || t === ''),
      logWith: fc.option(fc.constantFrom(...ctx.nodeIds)),
      balanceScope: fc.constantFrom('all' as const, 'contacts' as const),
      filter: fc.record({
        hiddenNodeKinds: fc.subarray(['country', 'person', 'institution'] as const),
        hiddenEdgeKinds: fc.subarray(['call', 'meeting', 'vote', 'role'] as const),
        countryIds: fc.subarray(['vietnam', 'ukraine']),
      }),
    });
    fc.assert(
      fc.property(arb, (state) => {
        const back = roundTrip(state);
        expect(back.ignored).toEqual([]);
        const expected = state.mode === 'window' ? state : { ...state, window: base.window };
        expect({ ...base, ...back.state }).toEqual(expected);
      }),
    );
  });

  it('keeps parameters it does not own, such as data=', () => {
    const out = writeViewState('?data=https%3A%2F%2Fexample.org%2Fg.json&node=old&utm=x', { ...base, loop: true });
    const params = new URLSearchParams(out);
    expect(params.get('data')).toBe('https://example.org/g.json');
    expect(params.get('utm')).toBe('x');
    expect(params.get('node')).toBeNull();
    expect(params.get('loop')).toBe('1');
  });

  it('reads embed and autoplay requests', () => {
    expect(decodeViewState('?embed=1', '', ctx).open).toEqual({ embed: true, autoplay: null });
    expect(decodeViewState('', '#autoplay', ctx).open.autoplay).toEqual({ from: null, to: null });
    expect(decodeViewState('?autoplay=1&from=2022-02-01&to=2022-06-30', '', ctx).open.autoplay).toEqual({
      from: dayFromParts(2022, 2, 1),
      to: dayFromParts(2022, 6, 30),
    });
  });
});

describe('stale and malformed links', () => {
  it('drops unknown filter words and countries, naming them', () => {
    const back = decodeViewState('?hideKinds=call,chat&countries=ukraine,atlantis&hideActors=robot', '', ctx);
    expect(back.state.filter).toEqual({ hiddenNodeKinds: [], hiddenEdgeKinds: ['call'], countryIds: ['ukraine'] });
    expect(back.ignored).toEqual(['actor kind "robot" unknown', 'interaction kind "chat" unknown', 'countries "atlantis" are not in the data']);
  });

  it('names what it ignores and keeps the rest', () => {
    const r = decodeViewState('?date=2031-01-01&node=kuleba2&speed=7&mode=sideways&cam=1,2&loop=1', '', ctx);
    expect(r.state).toEqual({ loop: true });
    expect(r.ignored).toHaveLength(5);
    expect(r.ignored.join(' | ')).toContain('actor "kuleba2" is not in the data');
    expect(r.ignored.join(' | ')).toContain('date 2031-01-01 is outside the data');
  });

  it('ignores a half-given focus, path or sort, and names it', () => {
    const r = decodeViewState('?steps=2&pathFrom=kuleba&sort=colour-up&panel=map&focus=nobody', '', ctx);
    expect(r.state).toEqual({});
    expect(r.ignored).toEqual([
      'focus: actor "nobody" is not in the data',
      'steps "2" ignored without a focus actor',
      'panel "map" is not one of filters, log, balance',
      'sort "colour-up" is not like date-desc or kind-asc (date, kind, parties, place, status, summary)',
      'path from "kuleba" ignored without pathTo',
    ]);
    const same = decodeViewState('?pathFrom=kuleba&pathTo=kuleba', '', ctx);
    expect(same.state).toEqual({});
    expect(same.ignored).toEqual(['path: actor "kuleba" is not another actor in the data']);
  });

  it('widens the range for a date inside the data but before the default years', () => {
    const r = decodeViewState('?date=1950-01-30', '', ctx);
    expect(r.state).toEqual({ rangeChoice: 'all', day: dayFromParts(1950, 1, 30) });
  });

  it('never throws on garbage, and never invents state from it', () => {
    const keys = ['date', 'mode', 'window', 'speed', 'loop', 'hide', 'ghost', 'node', 'edge', 'cam', 'range', 'embed', 'autoplay', 'from', 'to', 'x', 'merge', 'size', 'focus', 'steps', 'pathFrom', 'pathTo', 'panel', 'sort'];
    const garbage = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('%', '%E0%A4%A', '&&==', '\u0000', 'NaN', '1e400,1,1', '-0,-0,0'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), garbage), { maxLength: 12 }), garbage, (pairs, hash) => {
        const search = `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
        const r = decodeViewState(search, hash, ctx);
        expect(Array.isArray(r.ignored)).toBe(true);
        if (r.state.day !== undefined) expect(r.state.day).toBeGreaterThanOrEqual(ALL.first);
        if (r.state.selection) expect([...ctx.nodeIds, ...ctx.edgeIds]).toContain(r.state.selection.id);
        if (r.state.camera) expect(Number.isFinite(r.state.camera.zoom)).toBe(true);
        if (r.state.focus) expect([...ctx.nodeIds]).toContain(r.state.focus.id);
        if (r.state.path) expect([r.state.path.from, r.state.path.to].every((id) => ctx.nodeIds.has(id))).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(() => decodeViewState('%%%', '#', ctx)).not.toThrow();
  });
});
