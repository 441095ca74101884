/** The sources an interaction or actor cites: publisher, title, date; linked only for http(s). */
import { formatFuzzy } from '../../domain/dates';
import type { TielineGraph } from '../../domain/model';
import { safeHref } from '../../domain/describeEdge';

export function SourceList({ graph, ids }: { graph: TielineGraph; ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <ul className="sources" aria-label="Sources">
      {ids.map((id) => {
        const s = graph.sources[graph.sourceIndex.get(id) ?? -1];
        if (!s) return <li key={id}>{id}</li>;
        const href = safeHref(s.url);
        const title = href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
        ) : (
          <cite>{s.title}</cite>
        );
        return (
          <li key={id}>
            <span className="sources__publisher">{s.publisher}</span>, {title} ({formatFuzzy(s.published)})
          </li>
        );
      })}
    </ul>
  );
}
