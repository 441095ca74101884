/**
 * The explore panel beside the graph: filters, the event log or the balance
 * chart, one at a time, opened from the header's panel buttons; the balance
 * chart shows the event log of the column clicked right below it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { PanelName } from '../../store/createTielineStore';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import { BalanceChart } from '../BalanceChart/BalanceChart';
import { EventLog } from '../EventLog/EventLog';
import { FilterPanel } from '../FilterPanel/FilterPanel';
import './SidePanel.css';

export const PANEL_TITLES: Record<PanelName, string> = { filters: 'Filters', log: 'Event log', balance: 'Balance over time' };

const PANELS: Record<PanelName, () => ReactNode> = {
  filters: () => <FilterPanel />,
  log: () => <EventLog />,
  balance: () => <BalanceWithLog />,
};

/** The chart and, once a column or year is clicked, its events in the log right below: one question, one view. */
function BalanceWithLog() {
  const period = useTieline((s) => (s.logFilter.between ? s.logFilter.period : null));
  const log = useRef<HTMLElement>(null);
  // A click on the chart brings its answer into view.
  useEffect(() => {
    if (period) log.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [period]);
  return (
    <>
      <BalanceChart />
      {period && (
        <section ref={log} className="balance__log" aria-labelledby="balance-log-title">
          <h3 id="balance-log-title">Events of {period.label}</h3>
          <EventLog />
        </section>
      )}
    </>
  );
}


export function SidePanel() {
  const store = useTielineStore();
  const panel = useTieline((s) => s.panel);
  const title = useRef<HTMLHeadingElement>(null);
  // Opening a panel takes the keyboard there, so Tab continues inside it.
  useEffect(() => {
    if (panel) title.current?.focus();
  }, [panel]);
  if (!panel) return null;
  const render = PANELS[panel];
  return (
    <section id="side-panel" className="side-panel" aria-labelledby="side-panel-title">
      <div className="side-panel__head">
        <h2 id="side-panel-title" ref={title} tabIndex={-1}>{PANEL_TITLES[panel]}</h2>
        <button type="button" className="side-panel__close" aria-label={`Close ${PANEL_TITLES[panel]}`} onClick={() => store.getState().setPanel(null)}>
          ×
        </button>
      </div>
      <div className="side-panel__body">
        {render()}
      </div>
    </section>
  );
}

export const PANEL_ORDER: PanelName[] = ['filters', 'log', 'balance'];

/** Header buttons that open and close the panels. */
export function PanelButtons() {
  const store = useTielineStore();
  const panel = useTieline((s) => s.panel);
  return (
    <div className="panel-buttons" role="group" aria-label="Panels" data-over-graph="">
      {PANEL_ORDER.map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={panel === name}
          onClick={() => store.getState().togglePanel(name)}
        >
          {PANEL_TITLES[name]}
        </button>
      ))}
    </div>
  );
}
