/** A graph that could not be opened: what was being opened, and every problem with its place. */
const SHOWN = 50;

export function ErrorScreen({ what, problems }: { what: string; problems: string[] }) {
  return (
    <div className="error-screen" role="alert">
      <h1>This graph could not be opened</h1>
      <p>
        Tieline tried to open <code>{what}</code> and found {problems.length === 1 ? 'one problem' : `${problems.length} problems`}:
      </p>
      <ul className="error-screen__problems">
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>…and {problems.length - SHOWN} more.</p>}
    </div>
  );
}
