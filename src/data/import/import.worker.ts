/**
 * Runs the importer off the main thread, so parsing and checking a large file
 * never holds the page (and Cancel can stop it). One message in, one out.
 */
import { importGraph } from './importGraph';
import type { ImportOptions, InputFile } from './importTypes';

self.onmessage = (event: MessageEvent<{ files: InputFile[]; options: ImportOptions }>) => {
  self.postMessage(importGraph(event.data.files, event.data.options));
};
