/**
 * `npm run validate [file]`: checks a graph file (default data/graph.json)
 * with the same code the app runs at load. Prints every problem, one a line,
 * and exits 1; or prints a one-line summary and exits 0.
 */
import { readFileSync } from 'node:fs';
import { formatProblem, parseGraphText } from '../src/data/validateGraph';
import { plural } from '../src/domain/plural';

const DEFAULT_FILE = 'data/graph.json';

function main(argv: string[]): number {
  const file = argv[0] ?? DEFAULT_FILE;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = err instanceof Error && 'code' in err ? String(err.code) : String(err);
    console.error(`${file}: cannot be read (${reason})`);
    return 1;
  }
  const result = parseGraphText(text);
  if (!result.ok) {
    for (const problem of result.problems) console.error(`${file}: ${formatProblem(problem)}`);
    console.error(`${file}: ${plural(result.problems.length, 'problem')}`);
    return 1;
  }
  const { nodes, edges, sources } = result.graph;
  console.log(`${file}: valid — ${plural(nodes.length, 'node')}, ${plural(edges.length, 'edge')}, ${plural(sources.length, 'source')}`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
