/** Says, briefly, which parts of a link could not be followed; the rest of the view is as the link asked. */
import { useTieline, useTielineStore } from '../../store/StoreContext';
import './LinkNotice.css';

export function LinkNotice() {
  const store = useTielineStore();
  const ignored = useTieline((s) => s.linkNotice);
  if (ignored.length === 0) return null;
  return (
    <div className="link-notice" role="status">
      <p>
        <strong>Part of this link could not be used</strong>, so the default is shown for it:
      </p>
      <ul>
        {ignored.slice(0, 5).map((reason, k) => (
          <li key={k}>{reason}</li>
        ))}
        {ignored.length > 5 && <li>and {ignored.length - 5} more</li>}
      </ul>
      <button type="button" aria-label="Dismiss" onClick={() => store.getState().setLinkNotice([])}>
        ×
      </button>
    </div>
  );
}
