/**
 * Where video frames go. WebCodecs through mediabunny first: MP4 (H.264)
 * where the browser can encode it (what most social platforms take), WebM
 * (VP9 or VP8) otherwise. Each frame gets its exact timestamp, so the
 * video's timing is exact however slowly the machine draws. Where WebCodecs
 * is missing, MediaRecorder on the canvas (WebM), paused while a frame is
 * drawn and resumed for one frame's time (timing then depends on timers).
 */
import { ALL_FORMATS, BlobSource, BufferTarget, CanvasSource, Conversion, Input, Mp4OutputFormat, Output, WebMOutputFormat, canEncodeVideo, type VideoCodec } from 'mediabunny';

export interface FrameSink {
  /** Adds the canvas as it is now as frame k. */
  add(k: number): Promise<void>;
  finish(): Promise<Blob>;
  abort(): void;
}

/** The file a recording makes. */
export interface VideoFormat {
  /** "MP4 (H.264)", "WebM (VP9)": for the dialog. */
  label: string;
  extension: 'mp4' | 'webm';
  mimeType: string;
  /** The WebCodecs codec, or null for MediaRecorder. */
  codec: VideoCodec | null;
}

const bitrate = (w: number, h: number) => Math.round(Math.min(16e6, Math.max(2e6, w * h * 6)));

const CANDIDATES: VideoFormat[] = [
  { label: 'MP4 (H.264)', extension: 'mp4', mimeType: 'video/mp4', codec: 'avc' },
  { label: 'WebM (VP9)', extension: 'webm', mimeType: 'video/webm', codec: 'vp9' },
  { label: 'WebM (VP8)', extension: 'webm', mimeType: 'video/webm', codec: 'vp8' },
];

/** The format this browser can record at a size: MP4 (H.264) first, then WebM; null if it cannot make video. */
export async function videoFormatFor(width: number, height: number): Promise<VideoFormat | null> {
  if (typeof VideoEncoder !== 'undefined' && typeof VideoFrame !== 'undefined') {
    for (const f of CANDIDATES) {
      try {
        if (await canEncodeVideo(f.codec!, { width, height, bitrate: bitrate(width, height) })) return f;
      } catch {
        // try the next codec
      }
    }
  }
  if (typeof MediaRecorder !== 'undefined') return { label: 'WebM', extension: 'webm', mimeType: 'video/webm', codec: null };
  return null;
}

function mediabunnySink(canvas: HTMLCanvasElement, fps: number, format: VideoFormat): FrameSink {
  const target = new BufferTarget();
  const output = new Output({ format: format.extension === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(), target });
  const source = new CanvasSource(canvas, { codec: format.codec!, bitrate: bitrate(canvas.width, canvas.height), keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: fps });
  const started = output.start();
  return {
    async add(k) {
      await started;
      // Awaiting the source respects the encoder's backpressure, so memory stays flat on long replays.
      await source.add(k / fps, 1 / fps);
    },
    async finish() {
      await started;
      await output.finalize();
      return new Blob([target.buffer!], { type: format.mimeType });
    },
    abort() {
      void output.cancel();
    },
  };
}

/**
 * MediaRecorder streams WebM without a duration (it never goes back), so
 * players show no length and cannot seek. Remuxing the file through
 * mediabunny, packets copied and not re-encoded, writes the duration and an
 * index. A file it cannot read stays as it was.
 */
async function withDuration(recorded: Blob): Promise<Blob> {
  try {
    const input = new Input({ source: new BlobSource(recorded), formats: ALL_FORMATS });
    const target = new BufferTarget();
    const conversion = await Conversion.init({ input, output: new Output({ format: new WebMOutputFormat(), target }), showWarnings: false });
    if (!conversion.isValid) return recorded;
    await conversion.execute();
    return target.buffer ? new Blob([target.buffer], { type: 'video/webm' }) : recorded;
  } catch {
    return recorded;
  }
}

function mediaRecorderSink(canvas: HTMLCanvasElement, fps: number): FrameSink {
  const mimeType = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
  if (!mimeType) throw new Error('This browser cannot record WebM video.');
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack | undefined;
  if (!track) throw new Error('This browser cannot record a canvas.');
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: bitrate(canvas.width, canvas.height) });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  const frameMs = 1000 / fps;
  return {
    async add(k) {
      if (k === 0) recorder.start(1000);
      else recorder.resume();
      track.requestFrame();
      await new Promise((r) => setTimeout(r, frameMs));
      recorder.pause();
    },
    async finish() {
      recorder.stop();
      await stopped;
      track.stop();
      return withDuration(new Blob(chunks, { type: 'video/webm' }));
    },
    abort() {
      if (recorder.state !== 'inactive') recorder.stop();
      track.stop();
    },
  };
}

/** The best sink this browser offers for a canvas, and the format it writes. */
export async function openFrameSink(canvas: HTMLCanvasElement, fps: number): Promise<{ sink: FrameSink; format: VideoFormat }> {
  const format = await videoFormatFor(canvas.width, canvas.height);
  if (!format) throw new Error('This browser cannot make video (neither WebCodecs nor MediaRecorder is available).');
  return { sink: format.codec ? mediabunnySink(canvas, fps, format) : mediaRecorderSink(canvas, fps), format };
}
