/**
 * Imports in a Web Worker (cancellable: the worker is stopped at once), or on
 * the main thread where no Worker exists (tests in jsdom). Same result either way.
 */
import type { ImportOptions, ImportResult, InputFile } from './importTypes';
import type { ImportWorkerMessage } from './import.worker';

/** Rejects with an AbortError when `signal` aborts. */
export async function importInBackground(files: readonly InputFile[], options: ImportOptions, signal: AbortSignal): Promise<ImportResult> {
  if (typeof Worker === 'undefined') {
    const { importGraph } = await import('./importGraph');
    return importGraph(files, options);
  }
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve, reject) => {
      const abort = () => reject(new DOMException('Opening the file was cancelled', 'AbortError'));
      if (signal.aborted) abort();
      signal.addEventListener('abort', abort, { once: true });
      // A large file's interactions come first, in parts (see import.worker.ts).
      const edges: Extract<ImportResult, { status: 'ok' }>['file']['edges'] = [];
      worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
        const m = event.data;
        if (m.part === 'edges') {
          for (const e of m.edges) edges.push(e);
          return;
        }
        if (m.result.status === 'ok' && edges.length > 0) m.result.file.edges = edges;
        resolve(m.result);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the import worker failed'));
      worker.postMessage({ files, options });
    });
  } finally {
    worker.terminate();
  }
}
