/**
 * The balance over time: for a chosen actor (default Vietnam), interactions
 * per quarter with each chosen counterpart (default Russia and Ukraine, with
 * their people and institutions), following the filters. Hover or focus a
 * quarter to list its interactions; click or Enter moves the slider to the
 * quarter's end. A table by year gives the same answer in words.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { COUNTERPART_COLORS } from '../../domain/balance';
import { useView } from '../../store/viewSelectors';
import { rangeOf } from '../../store/createTielineStore';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { BalanceControls, useBalanceChoice } from './BalanceControls';
import { QuarterPopover } from './QuarterPopover';
import { YearTable } from './YearTable';
import './BalanceChart.css';

const W = 440;
const H = 200;
const PAD = { left: 28, right: 6, top: 10, bottom: 34 };

export function BalanceChart() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const rangeChoice = useTieline((s) => s.rangeChoice);
  const day = useTieline((s) => s.day);
  const { actor, counterparts } = useBalanceChoice();
  const [active, setActive] = useState<number | null>(null);
  const range = useMemo(() => rangeOf(graph, rangeChoice), [graph, rangeChoice]);
  const rows = useView((e) => e.balance(actor, counterparts, range.first, range.last));
  if (!graph || actor < 0) return <p>No country to chart.</p>;

  const max = Math.max(1, ...rows.flatMap((r) => r.edges.map((e) => e.length)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, rows.length);
  const barW = Math.max(2, (slot - 4) / Math.max(1, counterparts.length));
  const y = (n: number) => PAD.top + innerH - (n / max) * innerH;
  const ticks = max <= 5 ? Array.from({ length: max + 1 }, (_, k) => k) : [0, Math.round(max / 2), max];
  const jump = (k: number) => store.getState().setDay(rows[k]!.quarter.last);
  const names = counterparts.map((c) => graph.nodes[c]!.label);
  const label = (k: number) => {
    const r = rows[k]!;
    return `Q${r.quarter.q} ${r.quarter.year}: ${names.map((n, i) => `${n} ${r.edges[i]!.length}`).join(', ')}`;
  };

  const onKeyDown = (ev: KeyboardEvent<SVGSVGElement>) => {
    const k = active ?? 0;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
      ev.preventDefault();
      setActive(Math.min(rows.length - 1, Math.max(0, k + (ev.key === 'ArrowRight' ? 1 : -1))));
    } else if (ev.key === 'Home' || ev.key === 'End') {
      ev.preventDefault();
      setActive(ev.key === 'Home' ? 0 : rows.length - 1);
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      jump(k);
    } else if (ev.key === 'Escape') setActive(null);
  };

  return (
    <div className="balance">
      <BalanceControls actor={actor} counterparts={counterparts} />
      <div className="balance__legend" aria-hidden="true">
        {names.map((n, i) => (
          <span key={n}>
            <span className="balance__swatch" style={{ background: COUNTERPART_COLORS[i % COUNTERPART_COLORS.length] }} /> {n}
          </span>
        ))}
      </div>
      <div className="balance__chart">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="application"
          aria-roledescription="bar chart"
          aria-label={`Interactions per quarter between ${graph.nodes[actor]!.label} and ${names.join(', ')}. Left and right arrows move between quarters, Enter moves the time slider to the quarter's end.`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={() => active === null && setActive(0)}
          onMouseLeave={() => setActive(null)}
          aria-activedescendant={active !== null ? `balance-q${active}` : undefined}
        >
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="balance__grid" />
              <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" className="balance__tick">
                {t}
              </text>
            </g>
          ))}
          {rows.map((r, k) => {
            const x0 = PAD.left + k * slot;
            const future = r.quarter.first > day;
            return (
              <g
                key={k}
                id={`balance-q${k}`}
                role="img"
                aria-label={label(k)}
                className={`balance__quarter${future ? ' is-future' : ''}${active === k ? ' is-active' : ''}${day >= r.quarter.first && day <= r.quarter.last ? ' is-now' : ''}`}
                onMouseEnter={() => setActive(k)}
                onClick={() => jump(k)}
              >
                <rect x={x0} y={PAD.top} width={slot} height={innerH} className="balance__hit" />
                {r.edges.map((es, i) => (
                  <rect
                    key={i}
                    x={x0 + 2 + i * barW}
                    y={y(es.length)}
                    width={barW - 1}
                    height={Math.max(0, PAD.top + innerH - y(es.length))}
                    fill={COUNTERPART_COLORS[i % COUNTERPART_COLORS.length]}
                  />
                ))}
                <text x={x0 + slot / 2} y={H - PAD.bottom + 13} textAnchor="middle" className="balance__tick">
                  Q{r.quarter.q}
                </text>
                {r.quarter.q === 1 && (
                  <text x={x0 + 2} y={H - PAD.bottom + 28} className="balance__year">
                    {r.quarter.year}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        {active !== null && rows[active] && <QuarterPopover graph={graph} row={rows[active]} names={names} left={(PAD.left + (active + 0.5) * slot) / W} />}
      </div>
      <p className="balance__note">
        Placed by first day: a date known only to the month counts in that month’s quarter, one known only to the year in Q1. Offices and
        memberships are left out; filters apply.
      </p>
      <YearTable graph={graph} rows={rows} names={names} actor={actor} />
    </div>
  );
}
