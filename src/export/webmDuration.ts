/**
 * MediaRecorder writes WebM without a duration (it streams, and does not go
 * back), so players show no length and cannot seek. This writes the
 * duration into the Segment's Info element: a small EBML patch of the file's
 * head. Anything unexpected leaves the file as it was.
 */

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const DURATION = 0x4489;

interface Vint {
  value: number;
  length: number;
  /** All value bits set: "unknown size". */
  unknown: boolean;
}

/** Reads an EBML variable-length integer; `keepMarker` for element IDs. */
function readVint(b: Uint8Array, at: number, keepMarker: boolean): Vint | null {
  const first = b[at];
  if (first === undefined || first === 0) return null;
  let length = 1;
  while (!(first & (0x80 >> (length - 1)))) length++;
  if (at + length > b.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let k = 1; k < length; k++) {
    value = value * 256 + b[at + k]!;
    if (b[at + k] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function element(id: number[], payload: Uint8Array): Uint8Array {
  // Size as an 8-byte vint: always valid, whatever the payload's length.
  const size = new Uint8Array(8);
  size[0] = 0x01;
  let n = payload.length;
  for (let k = 7; k >= 1; k--) {
    size[k] = n & 0xff;
    n = Math.floor(n / 256);
  }
  const out = new Uint8Array(id.length + 8 + payload.length);
  out.set(id, 0);
  out.set(size, id.length);
  out.set(payload, id.length + 8);
  return out;
}

/** Patches the bytes of a WebM head; null when the layout is not the expected one. */
export function withDuration(bytes: Uint8Array, durationMs: number): Uint8Array | null {
  // EBML header, then the Segment.
  const headId = readVint(bytes, 0, true);
  const headSize = headId && readVint(bytes, headId.length, false);
  if (!headId || !headSize || headSize.unknown) return null;
  let at = headId.length + headSize.length + headSize.value;
  const segId = readVint(bytes, at, true);
  const segSize = segId && readVint(bytes, at + segId.length, false);
  if (!segId || segId.value !== SEGMENT || !segSize || !segSize.unknown) return null;
  at += segId.length + segSize.length;
  // Children of the Segment, up to Info.
  while (at < bytes.length) {
    const id = readVint(bytes, at, true);
    const size = id && readVint(bytes, at + id.length, false);
    if (!id || !size || size.unknown) return null;
    const bodyStart = at + id.length + size.length;
    const bodyEnd = bodyStart + size.value;
    if (bodyEnd > bytes.length) return null;
    if (id.value === INFO) {
      for (let p = bodyStart; p < bodyEnd; ) {
        const cid = readVint(bytes, p, true);
        const csize = cid && readVint(bytes, p + cid.length, false);
        if (!cid || !csize) return null;
        if (cid.value === DURATION) return null; // already there
        p += cid.length + csize.length + csize.value;
      }
      const duration = new Uint8Array(8);
      new DataView(duration.buffer).setFloat64(0, durationMs);
      const body = new Uint8Array(size.value + 11);
      body.set(bytes.subarray(bodyStart, bodyEnd), 0);
      body.set([0x44, 0x89, 0x88], size.value);
      body.set(duration, size.value + 3);
      const info = element([0x15, 0x49, 0xa9, 0x66], body);
      const out = new Uint8Array(bytes.length - (bodyEnd - at) + info.length);
      out.set(bytes.subarray(0, at), 0);
      out.set(info, at);
      out.set(bytes.subarray(bodyEnd), at + info.length);
      return out;
    }
    at = bodyEnd;
  }
  return null;
}

/** The video with its duration written in (assuming the default 1 ms timecode scale, which MediaRecorder uses). */
export async function fixWebmDuration(blob: Blob, durationMs: number): Promise<Blob> {
  const HEAD = 64 * 1024;
  const head = new Uint8Array(await blob.slice(0, HEAD).arrayBuffer());
  const patched = withDuration(head, durationMs);
  if (!patched) return blob;
  return new Blob([patched as BlobPart, blob.slice(Math.min(HEAD, blob.size))], { type: blob.type });
}
