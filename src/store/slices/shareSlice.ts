/**
 * Sharing: the camera as the person framed it (for links), requests to move
 * it, the embed and clean-view presentations, and the notice about a link
 * that could not be followed in full.
 */
import type { Camera } from '../../domain/camera';
import type { SliceCreator } from './sliceTypes';

export interface ShareSlice {
  /** The camera the person chose by panning or zooming; null while the view is fitted (the default). */
  camera: Camera | null;
  /** A camera the graph view should move to; `n` changes on each request. */
  cameraRequest: { camera: Camera; n: number } | null;
  /** Chrome-less view for an iframe (`?embed=1`). */
  embed: boolean;
  /** Every control hidden: graph, legend and caption only, for screenshots by hand. */
  cleanView: boolean;
  /** What a link asked for that could not be used; empty when nothing was ignored. */
  linkNotice: string[];
  /** A video is being recorded: the graph shows replay emphasis as if playing, while the recorder drives the date. */
  recording: boolean;
  setCamera(camera: Camera | null): void;
  requestCamera(camera: Camera): void;
  setEmbed(embed: boolean): void;
  setCleanView(clean: boolean): void;
  setLinkNotice(ignored: string[]): void;
  setRecording(recording: boolean): void;
}

export const createShareSlice: SliceCreator<ShareSlice> = (set, get) => ({
  camera: null,
  cameraRequest: null,
  embed: false,
  cleanView: false,
  linkNotice: [],
  recording: false,
  setCamera: (camera) => set({ camera }),
  requestCamera: (camera) => set({ camera, cameraRequest: { camera, n: (get().cameraRequest?.n ?? 0) + 1 } }),
  setEmbed: (embed) => set({ embed }),
  setCleanView: (cleanView) => set({ cleanView }),
  setLinkNotice: (linkNotice) => set({ linkNotice }),
  setRecording: (recording) => set({ recording }),
});
