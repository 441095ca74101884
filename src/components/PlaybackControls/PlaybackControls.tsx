/** Play/pause, speed and loop for the replay. Space toggles play from anywhere but text fields. */
import { useEffect } from 'react';
import { SpeedSelect } from '../SpeedSelect/SpeedSelect';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import './PlaybackControls.css';

/** Keys typed into these must stay theirs. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A', 'SUMMARY'].includes(target.tagName);
}

export function PlaybackControls() {
  const store = useTielineStore();
  const playing = useTieline((s) => s.playing);
  const speed = useTieline((s) => s.speed);
  const loop = useTieline((s) => s.loop);

  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== ' ' || ev.ctrlKey || ev.metaKey || ev.altKey || isTypingTarget(ev.target)) return;
      ev.preventDefault();
      store.getState().togglePlaying();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className="playback" role="group" aria-label="Replay">
      <button
        type="button"
        className="playback__play"
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        onClick={() => store.getState().togglePlaying()}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <label className="playback__field">
        <span>Speed</span>
        <SpeedSelect value={speed} onChange={(v) => store.getState().setSpeed(v)} />
      </label>
      <label className="playback__field playback__loop">
        <input type="checkbox" checked={loop} onChange={(e) => store.getState().setLoop(e.target.checked)} />
        <span>Loop</span>
      </label>
    </div>
  );
}
