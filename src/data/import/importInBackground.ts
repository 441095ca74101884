/**
 * Imports in a Web Worker (cancellable: the worker is stopped at once), or on
 * the main thread where no Worker exists (tests in jsdom). Same result either way.
 */
import type { ImportOptions, ImportResult, InputFile } from './importTypes';

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
      worker.onmessage = (event: MessageEvent<ImportResult>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'the import worker failed'));
      worker.postMessage({ files, options });
    });
  } finally {
    worker.terminate();
  }
}
