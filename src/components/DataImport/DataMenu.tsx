/** "Open data…" (a file picker), "Open the shipped graph" (once another is open) and "Download data" (the graph as loaded, in Tieline JSON). */
import { useRef } from 'react';
import { toGraphFile } from '../../data/toGraphFile';
import { useTieline } from '../../store/StoreContext';
import { downloadText, fileNameFor } from './downloadText';
import { useImportController } from './ImportContext';

const ACCEPT = '.json,.cyjs,.csv,.tsv,.txt,.gexf,.xml,application/json,text/csv,text/plain';

export function DataMenu() {
  const controller = useImportController();
  const graph = useTieline((s) => s.graph);
  const shipped = useTieline((s) => s.graphOrigin.kind === 'shipped');
  const input = useRef<HTMLInputElement>(null);
  const download = () => {
    if (!graph) return;
    downloadText(fileNameFor(graph.title, 'json'), `${JSON.stringify(toGraphFile(graph), null, 2)}\n`, 'application/json');
  };
  return (
    <div className="data-menu" role="group" aria-label="Data">
      <button type="button" onClick={() => input.current?.click()} title="Open a Tieline JSON, Cytoscape JSON, CSV or GEXF file (or drop it on the page)">
        Open data…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="open-data-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void controller.openFiles(files);
        }}
      />
      {!shipped && (
        <button type="button" onClick={() => void controller.openShipped()} title="Back to the graph that comes with Tieline (Back in the browser returns to this one)">
          Open the shipped graph
        </button>
      )}
      <button type="button" onClick={download} disabled={!graph} title="Save the graph as loaded, in Tieline JSON, to edit and open again">
        Download data
      </button>
    </div>
  );
}
