/** Replay: playing or not, speed and loop. The frame loop itself is in playbackLoop.ts. */
import type { SliceCreator } from './sliceTypes';

export interface PlaybackSlice {
  playing: boolean;
  /** Days of data time per second of replay. */
  speed: number;
  loop: boolean;
  setPlaying(playing: boolean): void;
  togglePlaying(): void;
  setSpeed(speed: number): void;
  setLoop(loop: boolean): void;
}

export const SPEEDS = [
  { daysPerSecond: 30, label: '1 month/s' },
  { daysPerSecond: 91, label: '1 quarter/s' },
  { daysPerSecond: 182, label: '6 months/s' },
  { daysPerSecond: 365, label: '1 year/s' },
] as const;

export const createPlaybackSlice: SliceCreator<PlaybackSlice> = (set, get, options) => ({
  playing: false,
  speed: options.initial?.speed ?? SPEEDS[1].daysPerSecond,
  loop: options.initial?.loop ?? false,
  setPlaying: (playing) => set({ playing }),
  togglePlaying: () => set({ playing: !get().playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
});
