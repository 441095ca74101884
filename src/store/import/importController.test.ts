// The controller end to end without a browser: a failed file never touches
// the graph; a good one replaces it (fresh selection); partial files ask first.
import { describe, expect, it } from 'vitest';
import { smallGraph } from '../../../tests/fixtures/smallGraph';
import { createTielineStore } from '../createTielineStore';
import { layoutInBackground } from '../../graph-view/layoutInBackground';
import { createImportController } from './importController';

const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

function setup() {
  const store = createTielineStore();
  const graph = smallGraph();
  store.getState().setGraph(graph);
  store.getState().select({ kind: 'node', id: graph.nodes[0]!.id });
  return { store, graph, controller: createImportController(store, layoutInBackground, () => '2025-06-01') };
}

describe('importController', () => {
  it('a broken file leaves the graph and the selection exactly as they were, and lists the problems', async () => {
    const { store, graph, controller } = setup();
    await controller.openFiles([file('bad.json', '{"schemaVersion": 1,')]);
    expect(store.getState().graph).toBe(graph);
    expect(store.getState().selection).not.toBeNull();
    expect(store.getState().importStep).toEqual({
      step: 'problems',
      what: 'bad.json',
      problems: ['not valid JSON at line 1, column 21: the text ends too early'],
    });
  });

  it('a good file replaces the graph with a laid-out one and clears the selection', async () => {
    const { store, graph, controller } = setup();
    await controller.openFiles([file('ties.csv', 'source,target,date\nA,B,2020\nB,C,2021\n')]);
    const next = store.getState().graph!;
    expect(next).not.toBe(graph);
    expect(next.nodes.map((n) => n.label)).toEqual(['A', 'B', 'C']);
    expect(next.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().importStep).toMatchObject({ step: 'opened', what: 'ties.csv' });
  });

  it('a file with bad rows asks before loading the rest, and Cancel keeps the old graph', async () => {
    const { store, graph, controller } = setup();
    const text = 'source,target,date\nA,B,2020\nB,C,soon\n';
    await controller.openFiles([file('ties.csv', text)]);
    expect(store.getState().importStep).toEqual({
      step: 'problems', what: 'ties.csv', skipped: 1, problems: ['row 3, column "date": "soon" is not a date'],
    });
    controller.dismiss();
    expect(store.getState().graph).toBe(graph);
    await controller.openFiles([file('ties.csv', text)]);
    await controller.loadRest();
    expect(store.getState().graph!.edges).toHaveLength(1);
  });

  it('says it is drawing a large graph, and lets that message paint, before putting the graph on screen', async () => {
    const { store, controller } = setup();
    const rows = Array.from({ length: 2500 }, (_, i) => `A${i % 20},B${(i * 7) % 15},2020-01-${String((i % 28) + 1).padStart(2, '0')}`);
    const steps: string[] = [];
    let graphWhenDrawing: unknown = 'unset';
    store.subscribe((s, prev) => {
      // Stands in for the graph view, which reports each new graph once it has painted it.
      if (s.graph !== prev.graph && s.graph) queueMicrotask(() => store.getState().setDrawnGraph(s.graph!));
      if (s.drawnGraph !== prev.drawnGraph) steps.push('(drawn)');
      if (s.importStep.step === prev.importStep.step) return;
      steps.push(s.importStep.step);
      if (s.importStep.step === 'drawing') graphWhenDrawing = s.graph;
    });
    const before = store.getState().graph;
    await controller.openFiles([file('big.csv', `source,target,date\n${rows.join('\n')}\n`)]);
    expect(steps).toEqual(['reading', 'layout', 'drawing', '(drawn)', 'opened']);
    // The message shows before the new graph goes to the view, and stays until the view has drawn it.
    expect(graphWhenDrawing).toBe(before);
    expect(store.getState().graph?.edges).toHaveLength(2500);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { store, graph, controller } = setup();
    const big = { name: 'huge.csv', size: 80 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as File;
    await controller.openFiles([big]);
    expect(store.getState().graph).toBe(graph);
    expect(store.getState().importStep).toMatchObject({ problems: ['the file is 80 MB; Tieline opens files up to 64 MB'] });
  });
});
