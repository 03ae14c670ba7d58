/**
 * webm-muxer writes the Segment's Duration as the start of the last frame (it keeps no frame
 * durations for video), one frame short of the video's length; players then report the video a
 * frame short. This sets it to the real end. Pure: bytes in, bytes changed in place.
 */

/** Duration element: ID 0x4489, size 8 (a 64-bit float, in TimecodeScale units: ms for webm-muxer). */
const DURATION_ELEMENT = [0x44, 0x89, 0x88];
/** The first Cluster (ID 0x1F43B675): the Segment Info, and so Duration, comes before it. */
const CLUSTER_ID = [0x1f, 0x43, 0xb6, 0x75];

function indexOfBytes(bytes: Uint8Array, pattern: readonly number[], end = bytes.length): number {
  outer: for (let i = 0; i + pattern.length <= end; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

export function setWebmDuration(bytes: Uint8Array, durationMs: number): void {
  const firstCluster = indexOfBytes(bytes, CLUSTER_ID);
  const at = indexOfBytes(bytes, DURATION_ELEMENT, firstCluster < 0 ? bytes.length : firstCluster);
  if (at < 0) throw new Error('WebM: no 8-byte Duration element before the first cluster');
  new DataView(bytes.buffer, bytes.byteOffset + at + DURATION_ELEMENT.length, 8).setFloat64(0, durationMs, false);
}
