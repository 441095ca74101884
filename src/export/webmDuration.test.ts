import { describe, expect, it } from 'vitest';
import { withDuration } from './webmDuration';

// EBML header (empty), Segment of unknown size, Info holding TimecodeScale = 1 ms, then a Cluster.
const HEAD = [0x1a, 0x45, 0xdf, 0xa3, 0x80];
const SEGMENT = [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const INFO = [0x15, 0x49, 0xa9, 0x66, 0x87, 0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40];
const CLUSTER = [0x1f, 0x43, 0xb6, 0x75, 0x81, 0x00];

describe('withDuration', () => {
  it('writes the duration into Info and keeps everything else', () => {
    const out = withDuration(new Uint8Array([...HEAD, ...SEGMENT, ...INFO, ...CLUSTER]), 30_000)!;
    expect(out).not.toBeNull();
    const at = HEAD.length + SEGMENT.length;
    expect([...out.subarray(at, at + 4)]).toEqual([0x15, 0x49, 0xa9, 0x66]);
    // 8-byte size vint: 7 bytes of TimecodeScale + 11 of Duration.
    expect([...out.subarray(at + 4, at + 12)]).toEqual([0x01, 0, 0, 0, 0, 0, 0, 18]);
    expect([...out.subarray(at + 12, at + 19)]).toEqual(INFO.slice(5));
    expect([...out.subarray(at + 19, at + 22)]).toEqual([0x44, 0x89, 0x88]);
    expect(new DataView(out.buffer, out.byteOffset + at + 22, 8).getFloat64(0)).toBe(30_000);
    expect([...out.subarray(out.length - CLUSTER.length)]).toEqual(CLUSTER);
  });

  it('leaves files it does not understand alone', () => {
    expect(withDuration(new Uint8Array([1, 2, 3]), 1000)).toBeNull();
    expect(withDuration(new Uint8Array([...HEAD, 0x1f, 0x43, 0xb6, 0x75, 0x80]), 1000)).toBeNull();
  });
});
