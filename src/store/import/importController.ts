/**
 * Opening a person's data, step by step: read the bytes, import them (the
 * parsers load on demand), ask for a column mapping or offer to load the
 * rest when needed, lay the graph out off the main thread, and only then
 * replace the graph on screen. Any failure leaves the current graph as it was.
 */
import { dayFromDate, isoFromDay } from '../../domain/dates';
import type { TielineGraph } from '../../domain/model';
import { fetchGraphBytes } from '../../data/fetchGraphBytes';
import type { ColumnMapping, ImportResult, InputFile } from '../../data/import/importTypes';
import { fileSizeProblem } from '../../data/import/limits';
import { formatProblem } from '../../data/problems';
import { toModelInChunks } from '../../data/toModel';
import { loadGraphFromUrl } from '../../data/loadGraph';
import type { GraphOrigin, TielineStore } from '../createTielineStore';
import { MAX_PARALLEL_EDGES } from '../../domain/pairs';
import { LARGE_GRAPH_EDGES, rendererFor } from '../../domain/drawingScale';
import { afterPaint, nextTask } from './afterPaint';
import { plural } from '../../domain/plural';

export interface ImportController {
  /** Files from the picker or a drop. */
  openFiles(files: readonly File[]): Promise<void>;
  /** A `?data=` address. */
  openUrl(address: string): Promise<void>;
  /** The graph that ships with the app (the data menu's way back). */
  openShipped(): Promise<void>;
  /** The person said which column is which. */
  applyMapping(mapping: ColumnMapping): Promise<void>;
  /** Load what could be read, leaving the skipped rows out. */
  loadRest(): Promise<void>;
  /** Stop the layout (or drop the pending file); the current graph stays. */
  cancel(): void;
  dismiss(): void;
}

type Ok = Extract<ImportResult, { status: 'ok' }>;

/**
 * Lays out a graph that carries no positions, by actor id; rejects with an
 * AbortError when `signal` aborts. The app passes the graph view's
 * `layoutInBackground` (loaded on demand), so the store never imports the
 * graph view (src/layering.test.ts).
 */
export type LayoutGraph = (
  graph: TielineGraph,
  signal: AbortSignal,
) => Promise<{ positions: ReadonlyMap<string, { x: number; y: number }>; method: 'force' | 'grid' }>;

export function createImportController(
  store: TielineStore,
  layout: LayoutGraph,
  today: () => string = () => isoFromDay(dayFromDate(new Date())),
  shippedUrl = './data/graph.json',
): ImportController {
  /** Where the file being opened comes from: recorded with the graph, for Back and Forward. */
  let origin: GraphOrigin = { kind: 'shipped' };
  let pendingFiles: InputFile[] | null = null;
  let pendingResult: Ok | null = null;
  let what = '';
  let abort: AbortController | null = null;
  let generation = 0;
  /** While a large graph is being drawn: the graph and origin before it, which Cancel brings back. */
  let before: { graph: TielineGraph; origin: GraphOrigin } | null = null;
  const state = () => store.getState();

  /** Resolves once the graph view reports `graph` drawn. */
  const drawnPromise = (graph: TielineGraph) =>
    new Promise<void>((resolve) => {
      const stop = store.subscribe((s) => {
        if (s.drawnGraph !== graph) return;
        stop();
        resolve();
      });
    });

  const fail = (problems: string[]) => {
    // Before any graph is on screen (a `?data=` link) the error screen says what went wrong.
    if (state().graph === null) {
      state().setImportStep({ step: 'idle' });
      state().setLoadError(what, problems);
    } else state().setImportStep({ step: 'problems', what, problems });
  };

  const show = async (result: Ok, gen: number) => {
    // A large graph is turned into the model and loaded a pass per task, so Cancel answers between them.
    const large = result.file.edges.length >= LARGE_GRAPH_EDGES;
    const pause = large ? nextTask : async () => {};
    const stale = () => gen !== generation;
    const graph = await toModelInChunks(result.file, pause, stale);
    if (!graph) return;
    const notes = [`${plural(graph.edges.length, 'interaction', 'interactions')} between ${plural(graph.nodes.length, 'actor', 'actors')}`, ...result.notes];
    const noteHeavyPairs = () => {
      // The engine has the graph's pairs by now (the graph view asked for its heavy pairs, too).
      const heavy = state().engine.heavyPairs().list.length;
      if (heavy) {
        notes.splice(1 + result.notes.length, 0, `${plural(heavy, 'pair of actors has', 'pairs of actors have')} more than ${MAX_PARALLEL_EDGES} interactions; each such pair is drawn as one line with its count (tap it for the list)`);
      }
    };
    if (!graph.nodes.every((n) => n.position)) {
      state().setImportStep({ step: 'layout', what, nodes: graph.nodes.length, edges: graph.edges.length });
      abort = new AbortController();
      try {
        const { positions, method } = await layout(graph, abort.signal);
        if (gen !== generation) return;
        for (const n of graph.nodes) n.position = positions.get(n.id) ?? { x: 0, y: 0 };
        if (method === 'grid') notes.push('a large graph: actors are placed on a grid by connected group, not by a force layout');
      } catch (err) {
        if (gen !== generation) return;
        fail([`the graph could not be laid out (${err instanceof Error ? err.message : String(err)})`]);
        return;
      } finally {
        abort = null;
      }
    }
    if (graph.edges.length >= LARGE_GRAPH_EDGES) {
      // Drawing blocks the page for a while (seconds at 50,000 interactions): say so
      // first, and keep saying so until the graph view has painted it.
      // The sigma view draws in chunks, so Cancel can act: it brings back the graph before.
      const cancellable = rendererFor(graph) === 'sigma';
      state().setImportStep({ step: 'drawing', what, nodes: graph.nodes.length, edges: graph.edges.length, cancellable });
      await afterPaint();
      if (gen !== generation) return;
      const timeIndex = await state().engine.prepare(graph, pause, stale);
      if (!timeIndex) return;
      const drawn = drawnPromise(graph);
      const previous = state().graph;
      before = cancellable && previous ? { graph: previous, origin: state().graphOrigin } : null;
      state().setGraphOrigin(origin);
      state().setGraph(graph, timeIndex);
      await drawn;
      if (gen !== generation) return;
      before = null;
    } else {
      state().setGraphOrigin(origin);
      state().setGraph(graph);
    }
    noteHeavyPairs();
    state().setImportStep({ step: 'opened', what, notes });
  };

  const run = async (files: InputFile[], mapping?: ColumnMapping) => {
    const gen = ++generation;
    state().setImportStep({ step: 'reading', what });
    const { importInBackground } = await import('../../data/import/importInBackground');
    await afterPaint(); // "Reading…" shows before the parse starts
    if (gen !== generation) return;
    abort = new AbortController();
    let result: ImportResult;
    try {
      result = await importInBackground(files, mapping ? { today: today(), mapping } : { today: today() }, abort.signal);
    } catch (err) {
      if (gen === generation) fail([`the file could not be read (${err instanceof Error ? err.message : String(err)})`]);
      return;
    } finally {
      abort = null;
    }
    if (gen !== generation) return;
    pendingFiles = result.status === 'needs-mapping' ? files : null;
    pendingResult = null;
    if (result.status === 'needs-mapping') state().setImportStep({ step: 'mapping', what, request: result.request });
    else if (result.status === 'failed') fail(result.problems.map(formatProblem));
    else if (result.skipped.length > 0) {
      pendingResult = result;
      pendingFiles = files;
      state().setImportStep({ step: 'problems', what, problems: result.skipped.map(formatProblem), skipped: result.skipped.length });
    } else await show(result, gen);
  };

  return {
    async openFiles(list) {
      what = list.map((f) => f.name).join(' + ') || 'the file';
      origin = { kind: 'file', name: what };
      for (const f of list) {
        const tooBig = fileSizeProblem(f.size);
        if (tooBig) return fail([list.length > 1 ? `${f.name}: ${tooBig}` : tooBig]);
      }
      state().setImportStep({ step: 'reading', what });
      try {
        const files = await Promise.all(list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        await run(files);
      } catch (err) {
        fail([`the file could not be read (${err instanceof Error ? err.message : String(err)})`]);
      }
    },
    async openUrl(address) {
      what = address;
      origin = { kind: 'url', address };
      const gen = ++generation;
      state().setImportStep({ step: 'reading', what });
      try {
        const fetched = await fetchGraphBytes(address, typeof location === 'undefined' ? 'http://localhost/' : location.href);
        if (gen !== generation) return;
        if (!fetched.ok) return fail([fetched.problem]);
        await run([{ name: fetched.name, bytes: fetched.bytes }]);
      } catch (err) {
        // Never "Reading…" forever: whatever broke, the person gets a message and a way out.
        if (gen === generation) fail([`the file could not be read (${err instanceof Error ? err.message : String(err)})`]);
      }
    },
    async openShipped() {
      what = 'the shipped graph';
      const gen = ++generation;
      state().setImportStep({ step: 'reading', what });
      const result = await loadGraphFromUrl(shippedUrl);
      if (gen !== generation) return;
      if (!result.ok) return fail(result.problems);
      state().setImportStep({ step: 'idle' });
      state().setGraphOrigin({ kind: 'shipped' });
      state().setGraph(result.graph);
    },
    async applyMapping(mapping) {
      if (pendingFiles) await run(pendingFiles, mapping);
    },
    async loadRest() {
      const result = pendingResult;
      pendingResult = null;
      if (result) await show(result, generation);
    },
    cancel() {
      generation++;
      pendingFiles = null;
      pendingResult = null;
      abort?.abort();
      if (before) {
        state().setGraphOrigin(before.origin);
        state().setGraph(before.graph);
        before = null;
      }
      state().setImportStep({ step: 'idle' });
      if (state().graph === null) state().setLoadError(what, ['opening the file was cancelled']);
    },
    dismiss() {
      pendingResult = null;
      state().setImportStep({ step: 'idle' });
    },
  };
}
