/** Play/pause, speed and loop for the replay. Space is the keyboard layer's (Shortcuts/shortcutTable.ts). */
import { SpeedSelect } from '../SpeedSelect/SpeedSelect';
import { useTieline, useTielineStore } from '../../store/StoreContext';
import './PlaybackControls.css';

export function PlaybackControls() {
  const store = useTielineStore();
  const playing = useTieline((s) => s.playing);
  const speed = useTieline((s) => s.speed);
  const loop = useTieline((s) => s.loop);

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
