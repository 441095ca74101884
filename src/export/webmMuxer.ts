/**
 * A minimal WebM writer for one VP8/VP9 video track: EBML header, Segment
 * with Info (duration), Tracks, Clusters of SimpleBlocks and Cues, so the
 * file plays, shows its length and seeks. Frames carry the exact timestamps
 * they were encoded with, so the video's timing is exact.
 */

export interface EncodedFrame {
  /** Milliseconds from the start. */
  timeMs: number;
  key: boolean;
  data: Uint8Array;
}

type Part = Uint8Array;

function idBytes(id: number): number[] {
  const out: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return out;
}

/** Size as an 8-byte EBML vint: valid for any length. */
function sizeBytes(n: number): number[] {
  const out = [0x01, 0, 0, 0, 0, 0, 0, 0];
  for (let k = 7, v = n; k >= 1; k--, v = Math.floor(v / 256)) out[k] = v & 0xff;
  return out;
}

function concat(parts: Part[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function el(id: number, payload: Part | Part[]): Uint8Array {
  const body = Array.isArray(payload) ? concat(payload) : payload;
  return concat([new Uint8Array([...idBytes(id), ...sizeBytes(body.length)]), body]);
}

function uint(id: number, value: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = value; v > 0 || bytes.length === 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return el(id, new Uint8Array(bytes));
}

function float(id: number, value: number): Uint8Array {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, value);
  return el(id, b);
}

const text = (id: number, value: string) => el(id, new TextEncoder().encode(value));

/** Longest a cluster may run: SimpleBlock times are signed 16-bit offsets from the cluster's time. */
const MAX_CLUSTER_MS = 30_000;

/** Builds the file. `codec` is "V_VP8" or "V_VP9". */
export function muxWebm(frames: readonly EncodedFrame[], opts: { width: number; height: number; durationMs: number; codec: 'V_VP8' | 'V_VP9' }): Uint8Array {
  const header = el(0x1a45dfa3, [uint(0x4286, 1), uint(0x42f7, 1), uint(0x42f2, 4), uint(0x42f3, 8), text(0x4282, 'webm'), uint(0x4287, 2), uint(0x4285, 2)]);
  const info = el(0x1549a966, [uint(0x2ad7b1, 1_000_000), float(0x4489, opts.durationMs), text(0x4d80, 'Tieline'), text(0x5741, 'Tieline')]);
  const tracks = el(0x1654ae6b, [
    el(0xae, [uint(0xd7, 1), uint(0x73c5, 1), uint(0x83, 1), text(0x86, opts.codec), el(0xe0, [uint(0xb0, opts.width), uint(0xba, opts.height)])]),
  ]);

  const clusters: Uint8Array[] = [];
  const cues: { timeMs: number; offset: number }[] = [];
  let offset = info.length + tracks.length; // cluster positions are relative to the Segment's data
  let current: { start: number; blocks: Uint8Array[] } | null = null;
  const close = () => {
    if (!current) return;
    const cluster = el(0x1f43b675, [uint(0xe7, current.start), ...current.blocks]);
    clusters.push(cluster);
    offset += cluster.length;
    current = null;
  };
  for (const f of frames) {
    const t = Math.round(f.timeMs);
    if (!current || f.key || t - current.start > MAX_CLUSTER_MS) {
      close();
      current = { start: t, blocks: [] };
      if (f.key) cues.push({ timeMs: t, offset });
    }
    const rel = t - current.start;
    const head = new Uint8Array([0x81, (rel >> 8) & 0xff, rel & 0xff, f.key ? 0x80 : 0x00]);
    current.blocks.push(el(0xa3, [head, f.data]));
  }
  close();
  const cuesEl = el(
    0x1c53bb6b,
    cues.map((c) => el(0xbb, [uint(0xb3, c.timeMs), el(0xb7, [uint(0xf7, 1), uint(0xf1, c.offset)])])),
  );
  const segment = el(0x18538067, [info, tracks, ...clusters, cuesEl]);
  return concat([header, segment]);
}
