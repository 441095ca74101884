/**
 * Runs the fcose layout off the main thread, so a large file never freezes
 * the page while it is laid out. One message in (the graph), one out.
 */
import type { TielineGraph } from '../domain/model';
import { computeLayout } from './computeLayout';

self.onmessage = (event: MessageEvent<TielineGraph>) => {
  try {
    const positions = computeLayout(event.data);
    self.postMessage({ ok: true, positions: [...positions] });
  } catch (err) {
    self.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
