/**
 * Where video frames go. WebCodecs (VideoEncoder) first: each frame gets
 * its exact timestamp, so the video's timing is exact however slowly the
 * machine draws, and recording runs as fast as drawing allows. Where
 * WebCodecs is missing, MediaRecorder on the canvas, paused while a frame is
 * drawn and resumed for one frame's time (timing then depends on timers).
 */
import { fixWebmDuration } from './webmDuration';
import { muxWebm, type EncodedFrame } from './webmMuxer';

export interface FrameSink {
  /** Adds the canvas as it is now as frame k. */
  add(k: number): Promise<void>;
  finish(): Promise<Blob>;
  abort(): void;
}

const bitrate = (w: number, h: number) => Math.round(Math.min(16e6, Math.max(2e6, w * h * 6)));

async function webCodecsConfig(width: number, height: number, fps: number): Promise<VideoEncoderConfig | null> {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') return null;
  for (const codec of ['vp8', 'vp09.00.10.08']) {
    const config: VideoEncoderConfig = { codec, width, height, bitrate: bitrate(width, height), framerate: fps };
    try {
      if ((await VideoEncoder.isConfigSupported(config)).supported) return config;
    } catch {
      // try the next codec
    }
  }
  return null;
}

function webCodecsSink(canvas: HTMLCanvasElement, fps: number, config: VideoEncoderConfig): FrameSink {
  const frames: EncodedFrame[] = [];
  let failure: Error | null = null;
  const encoder = new VideoEncoder({
    output: (chunk) => {
      const data = new Uint8Array(chunk.byteLength);
      chunk.copyTo(data);
      frames.push({ timeMs: chunk.timestamp / 1000, key: chunk.type === 'key', data });
    },
    error: (e) => (failure = e instanceof Error ? e : new Error(String(e))),
  });
  encoder.configure(config);
  const frameUs = 1e6 / fps;
  let count = 0;
  return {
    async add(k) {
      if (failure) throw failure;
      const frame = new VideoFrame(canvas, { timestamp: Math.round(k * frameUs), duration: Math.round(frameUs) });
      encoder.encode(frame, { keyFrame: k % (fps * 2) === 0 });
      frame.close();
      count = k + 1;
      // Keep the encoder's queue short so memory stays flat on long replays.
      while (encoder.encodeQueueSize > 4) await new Promise((r) => setTimeout(r, 5));
    },
    async finish() {
      await encoder.flush();
      encoder.close();
      if (failure) throw failure;
      const codec = config.codec.startsWith('vp09') ? 'V_VP9' : 'V_VP8';
      const bytes = muxWebm(frames, { width: canvas.width, height: canvas.height, durationMs: (count * 1000) / fps, codec });
      return new Blob([bytes as BlobPart], { type: 'video/webm' });
    },
    abort() {
      if (encoder.state !== 'closed') encoder.close();
    },
  };
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
  let count = 0;
  return {
    async add(k) {
      if (k === 0) recorder.start(1000);
      else recorder.resume();
      track.requestFrame();
      await new Promise((r) => setTimeout(r, frameMs));
      recorder.pause();
      count = k + 1;
    },
    async finish() {
      recorder.stop();
      await stopped;
      track.stop();
      return fixWebmDuration(new Blob(chunks, { type: 'video/webm' }), (count * 1000) / fps);
    },
    abort() {
      if (recorder.state !== 'inactive') recorder.stop();
      track.stop();
    },
  };
}

/** The best sink this browser offers for a canvas. */
export async function openFrameSink(canvas: HTMLCanvasElement, fps: number): Promise<FrameSink> {
  const config = await webCodecsConfig(canvas.width, canvas.height, fps);
  if (config) return webCodecsSink(canvas, fps, config);
  if (typeof MediaRecorder !== 'undefined') return mediaRecorderSink(canvas, fps);
  throw new Error('This browser cannot make video (neither WebCodecs nor MediaRecorder is available).');
}
