/**
 * What opening a file is doing, over the graph: progress with a cancel, the
 * column mapping, every problem with its place (first few, "and M more",
 * downloadable), the offer to load the rest, or what was opened.
 */
import { useTieline } from '../../store/StoreContext';
import { ColumnMapping } from './ColumnMapping';
import { downloadText } from './downloadText';
import { useImportController } from './ImportContext';
import './DataImport.css';
import { plural } from '../../domain/plural';

/** Problems listed on screen; the rest are counted and in the downloadable list. */
export const SHOWN_PROBLEMS = 12;


export function ImportPanel() {
  const step = useTieline((s) => s.importStep);
  const controller = useImportController();
  if (step.step === 'idle') return null;

  if (step.step === 'reading' || step.step === 'layout' || step.step === 'drawing') {
    const graphSize = step.step === 'reading' ? '' : `${plural(step.nodes, 'actor', 'actors')} and ${plural(step.edges, 'interaction', 'interactions')}`;
    const title = { reading: `Reading ${step.what}…`, layout: `Laying out ${graphSize}…`, drawing: `Drawing ${graphSize}…` }[step.step];
    return (
      <section className="import-panel" role="status" aria-label="Opening data">
        <p className="import-panel__title">{title}</p>
        {/* A transform animation runs off the main thread: it keeps moving while the page is busy drawing. */}
        <div className="import-panel__progress" aria-hidden="true">
          <div />
        </div>
        {step.step === 'drawing' && !step.cancellable ? (
          // cytoscape draws in one synchronous block: there is no point at which a Cancel could act.
          <p className="import-panel__hint">A graph this large takes a few seconds to draw; the page answers again once it is on screen.</p>
        ) : (
          <div className="import-panel__actions">
            <button type="button" onClick={() => controller.cancel()}>
              Cancel
            </button>
          </div>
        )}
      </section>
    );
  }

  if (step.step === 'mapping') {
    return (
      <section className="import-panel" aria-label={`Opening ${step.what}`}>
        <ColumnMapping request={step.request} onApply={(m) => void controller.applyMapping(m)} onCancel={() => controller.cancel()} />
      </section>
    );
  }

  if (step.step === 'opened') {
    return (
      <section className="import-panel import-panel--done" role="status" aria-label="Data opened">
        <p className="import-panel__title">Opened {step.what}</p>
        <ul className="import-panel__notes">
          {step.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
        <div className="import-panel__actions">
          <button type="button" onClick={() => controller.dismiss()}>
            Close
          </button>
        </div>
      </section>
    );
  }

  const { problems, skipped, what } = step;
  const partial = skipped !== undefined;
  const download = () =>
    downloadText('tieline-problems.txt', `Problems found in ${what}\n\n${problems.join('\n')}\n`, 'text/plain;charset=utf-8');
  return (
    <section className="import-panel import-panel--problems" role="alert" aria-label="Problems with the file">
      <p className="import-panel__title">
        {partial
          ? `${plural(skipped, 'row', 'rows')} of ${what} could not be used; load the rest?`
          : `${what} could not be opened (${plural(problems.length, 'problem', 'problems')}). The graph on screen is unchanged.`}
      </p>
      <ul className="import-panel__problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS && <p className="import-panel__more">and {plural(problems.length - SHOWN_PROBLEMS, 'more', 'more')}</p>}
      <div className="import-panel__actions">
        {partial && (
          <button type="button" className="import-panel__primary" onClick={() => void controller.loadRest()}>
            Load the rest
          </button>
        )}
        <button type="button" onClick={download}>
          Download the list
        </button>
        <button type="button" onClick={() => controller.dismiss()}>
          {partial ? 'Cancel' : 'Close'}
        </button>
      </div>
    </section>
  );
}
