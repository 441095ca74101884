/**
 * The balance over time: for a chosen actor (default Vietnam), events per
 * quarter with each chosen counterpart (default Russia and Ukraine, with
 * their people and institutions), following the filters; contacts only or
 * all interactions. Facts known only to the year sit in their own "date not
 * given" column. Hover or focus a column for its full list; click or Enter
 * lists its events in the event log below and moves the slider to its end.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { bucketLabel, type Bucket } from '../../domain/balanceBuckets';
import { COUNTERPART_COLORS } from '../../domain/balance';
import { eventCertainty, isUnsure } from '../../domain/events';
import { NO_LOG_FILTER } from '../../domain/eventLog';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { BalanceControls, useBalanceChoice } from './BalanceControls';
import { QuarterPopover } from './QuarterPopover';
import { useBalance } from './useBalance';
import { YearTable } from './YearTable';
import './BalanceChart.css';

const W = 440;
const H = 200;
const PAD = { left: 28, right: 6, top: 10, bottom: 34 };

export function BalanceChart() {
  const store = useTielineStore();
  const graph = useTieline((s) => s.graph);
  const day = useTieline((s) => s.day);
  const scope = useTieline((s) => s.balanceScope);
  const { actor, counterparts } = useBalanceChoice();
  const [active, setActive] = useState<number | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const { rows, years, unplaced } = useBalance(actor, counterparts);
  if (!graph || actor < 0) return <p>No country to chart.</p>;

  const max = Math.max(1, ...rows.flatMap((r) => r.events.map((e) => e.length)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, rows.length);
  const barW = Math.max(2, (slot - 4) / Math.max(1, counterparts.length));
  const y = (n: number) => PAD.top + innerH - (n / max) * innerH;
  const ticks = max <= 5 ? Array.from({ length: max + 1 }, (_, k) => k) : [0, Math.round(max / 2), max];
  const names = counterparts.map((c) => graph.nodes[c]!.label);
  const label = (k: number) => {
    const r = rows[k]!;
    return `${bucketLabel(r.bucket)}: ${names.map((n, i) => `${n} ${r.events[i]!.length}`).join(', ')}`;
  };
  /** Lists the bucket's (or the year's) events in the log beside the chart. */
  const list = (b: Bucket, wholeYear = false) => {
    const s = store.getState();
    const period = wholeYear
      ? { first: b.first, last: b.last, label: String(b.year) }
      : { first: b.first, last: b.last, label: bucketLabel(b), quarter: b.q !== null, undatedOnly: b.q === null };
    s.setLogFilter({ ...NO_LOG_FILTER, period, between: { actor, counterparts, scope } });
    s.setDay(b.last);
  };

  const onKeyDown = (ev: KeyboardEvent<SVGSVGElement>) => {
    const k = active ?? 0;
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
      ev.preventDefault();
      setActive(Math.min(rows.length - 1, Math.max(0, k + (ev.key === 'ArrowRight' ? 1 : -1))));
    } else if (ev.key === 'Home' || ev.key === 'End') {
      ev.preventDefault();
      setActive(ev.key === 'Home' ? 0 : rows.length - 1);
    } else if ((ev.key === 'Enter' || ev.key === ' ') && rows[k]) {
      ev.preventDefault();
      list(rows[k].bucket);
    } else if (ev.key === 'Escape') setActive(null);
  };

  return (
    <div className="balance">
      <BalanceControls actor={actor} counterparts={counterparts} />
      <fieldset className="balance__scope">
        <legend className="visually-hidden">Count</legend>
        {(['contacts', 'all'] as const).map((v) => (
          <label key={v}>
            <input type="radio" name="balance-scope" checked={scope === v} onChange={() => store.getState().setBalanceScope(v)} />
            {v === 'contacts' ? 'Contacts (meetings, visits, calls)' : 'All interactions'}
          </label>
        ))}
      </fieldset>
      <div className="balance__legend" aria-hidden="true">
        {names.map((n, i) => (
          <span key={n}>
            <span className="balance__swatch" style={{ background: COUNTERPART_COLORS[i % COUNTERPART_COLORS.length] }} /> {n}
          </span>
        ))}
        <span>
          <span className="balance__swatch balance__swatch--unsure" /> disputed or planned
        </span>
      </div>
      <div className="balance__chart" ref={chartRef} onMouseLeave={() => setActive(null)}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="application"
          aria-roledescription="bar chart"
          aria-label={`Events per quarter between ${graph.nodes[actor]!.label} and ${names.join(', ')}. Left and right arrows move between columns, Enter lists the column's events in the log below.`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={() => active === null && setActive(0)}
          aria-activedescendant={active !== null ? `balance-q${active}` : undefined}
        >
          <defs>
            <pattern id="balance-unsure" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="2" height="4" fill="#fff" opacity="0.75" />
            </pattern>
          </defs>
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
            const b = r.bucket;
            const undated = b.q === null;
            return (
              <g
                key={k}
                id={`balance-q${k}`}
                role="img"
                aria-label={label(k)}
                className={`balance__quarter${b.first > day ? ' is-future' : ''}${active === k ? ' is-active' : ''}${day >= b.first && day <= b.last && !undated ? ' is-now' : ''}${undated ? ' is-undated' : ''}`}
                onMouseEnter={() => setActive(k)}
                onClick={() => list(b)}
              >
                <rect x={x0} y={PAD.top} width={slot} height={innerH} className="balance__hit" />
                {r.events.map((es, i) => {
                  const unsure = es.filter((ev) => eventCertainty(graph, ev).some(isUnsure)).length;
                  const x = x0 + 2 + i * barW;
                  const fill = COUNTERPART_COLORS[i % COUNTERPART_COLORS.length];
                  return (
                    <g key={i}>
                      <rect x={x} y={y(es.length)} width={barW - 1} height={Math.max(0, PAD.top + innerH - y(es.length))} fill={fill} />
                      {unsure > 0 && <rect x={x} y={y(es.length)} width={barW - 1} height={PAD.top + innerH - y(unsure)} fill="url(#balance-unsure)" />}
                    </g>
                  );
                })}
                <text x={x0 + slot / 2} y={H - PAD.bottom + 13} textAnchor="middle" className="balance__tick">
                  {undated ? 'n.d.' : `Q${b.q}`}
                </text>
                {(b.q === 1 || (k === 0 && b.q !== null) || (undated && rows[k - 1]?.bucket.year !== b.year)) && (
                  <text x={x0 + 2} y={H - PAD.bottom + 28} className="balance__year">
                    {b.year}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        {active !== null && rows[active] && <QuarterPopover graph={graph} row={rows[active]} names={names} anchor={chartRef} />}
      </div>
      <p className="balance__note">
        Counted by event: a meeting of several people is one. “n.d.”: the year is known, the date is not given. Offices and memberships are
        left out; filters apply; hatched bars are disputed or planned.
        {unplaced > 0 && ` ${unplaced} event${unplaced === 1 ? '' : 's'} with a date vaguer than a year ${unplaced === 1 ? 'is' : 'are'} not shown.`}
      </p>
      <YearTable graph={graph} years={years} rows={rows} names={names} actor={actor} onYear={(b) => list(b, true)} />
    </div>
  );
}
