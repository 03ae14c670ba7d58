import { describe, expect, it } from 'vitest';
import { setWebmDuration } from '../../../src/lib/export/webmDuration';

/** EBML header, Segment Info with TimecodeScale and an 8-byte Duration, then a Cluster holding the same bytes as a decoy. */
function webm(durationMs: number): Uint8Array {
  const duration = new Uint8Array(8);
  new DataView(duration.buffer).setFloat64(0, durationMs, false);
  return Uint8Array.from([
    0x1a, 0x45, 0xdf, 0xa3, 0x80,
    0x15, 0x49, 0xa9, 0x66, 0x8e, 0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40, 0x44, 0x89, 0x88, ...duration,
    0x1f, 0x43, 0xb6, 0x75, 0x8b, 0x44, 0x89, 0x88, ...duration,
  ]);
}
const durationAt = (bytes: Uint8Array, at: number) => new DataView(bytes.buffer).getFloat64(at, false);

describe('setWebmDuration', () => {
  it('sets the Segment Info Duration and leaves the clusters alone', () => {
    const bytes = webm(966);
    setWebmDuration(bytes, 1000);
    expect(durationAt(bytes, 20)).toBe(1000);
    expect(durationAt(bytes, 36)).toBe(966);
  });

  it('names a file without a Duration before its first cluster', () => {
    const bytes = webm(966).subarray(0, 17);
    expect(() => setWebmDuration(Uint8Array.from([...bytes, 0x1f, 0x43, 0xb6, 0x75]), 1000)).toThrow(/no 8-byte Duration element/);
  });
});
