// Opening a large file loads it a pass per task (toModel in chunks, the
// engine's per-graph work prepared before setGraph): Cancel between passes
// leaves the graph before on screen and in the engine, and the file's notes
// still name its heavy pairs when it opens.
import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../../tests/fixtures/smallGraph';
import { createTielineStore } from '../createTielineStore';
import { layoutInBackground } from '../../graph-view/layoutInBackground';
import { createImportController } from './importController';

const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
const rows = (n: number) => Array.from({ length: n }, (_, i) => `A${i % 20},B${(i * 7) % 15},2020-01-${String((i % 28) + 1).padStart(2, '0')}`);

function setup() {
  const store = createTielineStore();
  const graph = smallGraph();
  store.getState().setGraph(graph);
  // Stands in for the graph view, which reports each new graph once it has painted it.
  store.subscribe((s, prev) => {
    if (s.graph !== prev.graph && s.graph) queueMicrotask(() => store.getState().setDrawnGraph(s.graph!));
  });
  return { store, graph, controller: createImportController(store, layoutInBackground, () => '2025-06-01') };
}

describe('opening a large file, a pass per task', () => {
  it('Cancel while the engine prepares the graph keeps the graph before, in the store and the engine', async () => {
    const { store, graph, controller } = setup();
    const engine = store.getState().engine;
    const prepare = engine.prepare.bind(engine);
    let outcome: Awaited<ReturnType<typeof prepare>> | 'unset' = 'unset';
    let preparing = 0;
    // The person presses Cancel during the first pause of the preparation.
    engine.prepare = async (g, pause, stopped) => {
      preparing++;
      const r = await prepare(g, async () => {
        controller.cancel();
        await pause();
      }, stopped);
      outcome = r;
      return r;
    };
    await controller.openFiles([file('big.csv', `source,target,date\n${rows(2500).join('\n')}\n`)]);
    expect(preparing).toBe(1);
    expect(outcome).toBeNull();
    expect(store.getState().graph).toBe(graph);
    expect(engine.graph).toBe(graph);
    expect(store.getState().importStep).toEqual({ step: 'idle' });
  });

  it('opens the graph prepared, and its notes name the pairs drawn as one line', async () => {
    const { store, controller } = setup();
    // The A–B pairs repeat a few times each; X–Y has 100 interactions, more than MAX_PARALLEL_EDGES.
    const heavy = Array.from({ length: 100 }, (_, i) => `X,Y,2021-02-${String((i % 28) + 1).padStart(2, '0')}`);
    await controller.openFiles([file('big.csv', `source,target,date\n${[...rows(2500), ...heavy].join('\n')}\n`)]);
    const s = store.getState();
    expect(s.graph?.edges).toHaveLength(2600);
    expect(s.engine.graph).toBe(s.graph);
    expect(s.importStep).toMatchObject({ step: 'opened' });
    const notes = s.importStep.step === 'opened' ? s.importStep.notes : [];
    expect(notes[0]).toBe('2,600 interactions between 37 actors');
    expect(notes.some((n) => n.startsWith('1 pair of actors has more than 64 interactions'))).toBe(true);
  });
});
