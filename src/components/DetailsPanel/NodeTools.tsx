/**
 * Tools for the selected actor: focus on its neighbourhood (one or two steps),
 * and "how are they connected" to a second actor, in the current view.
 */
import { useId, useMemo } from 'react';
import { edgeDateText } from '../../domain/edgeDate';
import { PATH_CAP } from '../../domain/viewEngine';
import { EDGE_KIND_INFO } from '../../domain/vocabulary';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { useView } from '../../store/viewSelectors';

export function NodeTools({ node }: { node: number }) {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph)!;
  const focus = useTieline((s) => s.focus);
  const pathQuery = useTieline((s) => s.pathQuery);
  // The paths the canvas highlights: one computation, in the engine.
  const found = useView((e) => e.paths());
  const engine = useView((e) => e);
  const uid = useId();
  const focusDepth = focus?.node === node ? focus.depth : 0;
  const other = pathQuery?.from === node ? pathQuery.to : -1;
  const actors = useMemo(() => [...graph.nodes].sort((a, b) => a.label.localeCompare(b.label)), [graph]);

  const paths = useMemo(() => {
    if (other < 0 || !found) return null;
    return found.list.map((p) =>
      p.slice(1).map((v, k) => {
        const u = p[k]!;
        return { from: u, to: v, ties: engine.edgesOfPair(u, v).map((i) => graph.edges[i]!) };
      }),
    );
  }, [graph, engine, found, other]);
  const more = found?.more ?? false;

  const st = store.getState();
  return (
    <div className="node-tools">
      <fieldset className="node-tools__focus">
        <legend>Show only this actor and its neighbours</legend>
        {([0, 1, 2] as const).map((d) => (
          <label key={d}>
            <input
              type="radio"
              name={`${uid}-focus`}
              checked={focusDepth === d}
              onChange={() => st.setFocus(d === 0 ? null : { node, depth: d })}
            />
            {d === 0 ? 'Everyone' : d === 1 ? '1 step' : '2 steps'}
          </label>
        ))}
      </fieldset>
      <label className="node-tools__path">
        How is {graph.nodes[node]!.label} connected to{' '}
        <select value={other} onChange={(e) => st.setPathQuery(Number(e.target.value) < 0 ? null : { from: node, to: Number(e.target.value) })}>
          <option value={-1}>choose an actor…</option>
          {actors
            .filter((a) => a.index !== node)
            .map((a) => (
              <option key={a.id} value={a.index}>
                {a.label}
              </option>
            ))}
        </select>
      </label>
      {paths && (
        <div className="node-tools__paths" aria-live="polite">
          {paths.length === 0 ? (
            <p>Not connected in the current view.</p>
          ) : (
            <>
              <p>
                {more ? `More than ${PATH_CAP}` : paths.length} shortest path{paths.length === 1 && !more ? '' : 's'},{' '}
                {paths[0]!.length} step{paths[0]!.length === 1 ? '' : 's'}:
              </p>
              <ol>
                {paths.map((hops, k) => (
                  <li key={k}>
                    {graph.nodes[node]!.label}
                    {hops.map((h) => (
                      <span key={h.to}>
                        {' '}
                        — {h.ties.slice(0, 2).map((t) => `${EDGE_KIND_INFO[t.kind].label.toLowerCase()}, ${edgeDateText(t)}`).join('; ')}
                        {h.ties.length > 2 ? ` and ${h.ties.length - 2} more` : ''} — {graph.nodes[h.to]!.label}
                      </span>
                    ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </div>
  );
}
