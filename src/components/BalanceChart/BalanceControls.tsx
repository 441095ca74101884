/** Who the balance chart is about: one actor and the counterparts compared. */
import { useMemo } from 'react';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import type { TielineGraph } from '../../domain/model';
import { defaultBalanceChoice } from '../../domain/balance';

const EMPTY: number[] = [];

function defaults(graph: TielineGraph | null): { actor: number; counterparts: number[] } {
  return graph ? defaultBalanceChoice(graph) : { actor: -1, counterparts: EMPTY };
}

/** The chosen actor and counterparts, or the defaults (Vietnam; Russia and Ukraine). */
export function useBalanceChoice(): { actor: number; counterparts: number[] } {
  const graph = useTieline((s) => s.graph);
  const chosen = useTieline((s) => s.balance);
  const fallback = useMemo(() => defaults(graph), [graph]);
  return chosen ?? fallback;
}

export function BalanceControls({ actor, counterparts }: { actor: number; counterparts: number[] }) {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph)!;
  const countries = useMemo(() => graph.nodes.filter((n) => n.kind === 'country').sort((a, b) => a.label.localeCompare(b.label)), [graph]);
  const set = (a: number, cs: number[]) => store.getState().setBalance({ actor: a, counterparts: cs.filter((c) => c !== a) });
  return (
    <div className="balance__controls">
      <label>
        Actor{' '}
        <select value={actor} onChange={(e) => set(Number(e.target.value), counterparts)}>
          {countries.map((c) => (
            <option key={c.id} value={c.index}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Compared with (with their people and institutions)</legend>
        {countries
          .filter((c) => c.index !== actor)
          .map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={counterparts.includes(c.index)}
                onChange={() => set(actor, counterparts.includes(c.index) ? counterparts.filter((x) => x !== c.index) : [...counterparts, c.index])}
              />
              {c.label}
            </label>
          ))}
      </fieldset>
    </div>
  );
}
