/** The caption shown with the graph in the clean and embed views: title, the time view with its mode, and the credit. */
import { useCaption } from '../ShareControls/useCaption';
import './CaptionBlock.css';

export function CaptionBlock({ showTitle = true }: { showTitle?: boolean }) {
  const caption = useCaption();
  if (!caption) return null;
  return (
    <div className="caption-block">
      {/* The page's one h1 where the caption stands in for the header (embed and clean views). */}
      {showTitle && <h1 className="caption-block__title">{caption.title}</h1>}
      <p className="caption-block__when" data-testid="caption-when">
        {caption.whenWithMode}
      </p>
      {caption.filters.length > 0 && <p className="caption-block__filters">{caption.filters.join(' · ')}</p>}
      <p className="caption-block__credit">{caption.credit}</p>
    </div>
  );
}
