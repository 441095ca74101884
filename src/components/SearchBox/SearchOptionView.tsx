/** How one search choice reads: an interaction with its date as written, every participant of its event and its certainty. */
import { CERTAINTY_LABEL, eventCertainty, eventPartiesText, groupEvents } from '../../domain/events';
import type { TielineGraph } from '../../domain/model';
import { EDGE_KIND_INFO, NODE_KIND_INFO } from '../../domain/vocabulary';
import { edgeDateText, edgePartiesText } from '../../domain/describeEdge';
import type { SearchOption } from './searchOptions';

export function SearchOptionView({ graph, option }: { graph: TielineGraph; option: SearchOption }) {
  if (option.type === 'actor') {
    const n = graph.nodes[option.index]!;
    return (
      <>
        <span className="search__title">{n.label}</span>
        <span className="search__meta">
          {NODE_KIND_INFO[n.kind].label}
          {n.role ? ` · ${n.role}` : ''}
        </span>
      </>
    );
  }
  if (option.type === 'interaction') {
    const e = graph.edges[option.index]!;
    const event = groupEvents(graph, option.edges)[0];
    return (
      <>
        <span className="search__title">{e.summary}</span>
        <span className="search__meta">
          {EDGE_KIND_INFO[e.kind].label} · <span className="search__date">{edgeDateText(e)}</span>
          {e.place ? ` · ${e.place}` : ''} · {event ? eventPartiesText(graph, event) : edgePartiesText(graph, e)}
          {(event ? eventCertainty(graph, event) : []).map((c) => (
            <span key={c} className={`badge badge--${c} search__badge`}>
              {CERTAINTY_LABEL[c]}
            </span>
          ))}
        </span>
      </>
    );
  }
  if (option.type === 'place' || option.type === 'period') {
    const name = option.type === 'place' ? option.place : option.label;
    return (
      <>
        <span className="search__title">{name}</span>
        <span className="search__meta">
          {option.count} event{option.count === 1 ? '' : 's'} · list them in the event log
        </span>
      </>
    );
  }
  return (
    <>
      <span className="search__title">{option.query}</span>
      <span className="search__meta">Search for this instead</span>
    </>
  );
}
