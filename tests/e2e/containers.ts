/**
 * Minimal readers of the exported containers, for the browser tests: enough of MP4 (ISO BMFF),
 * WebM (EBML) and GIF to check the signature, pixel size, frame count and duration.
 */

export interface ContainerFacts {
  width: number;
  height: number;
  frameCount: number;
  durationSeconds: number;
}

/** MP4: width/height from tkhd, frame count from stsz, duration from mvhd. */
export function readMp4(bytes: Buffer): ContainerFacts {
  if (bytes.subarray(4, 8).toString('latin1') !== 'ftyp') throw new Error('not an MP4: no ftyp box first');
  const facts: Partial<ContainerFacts> = {};
  const walk = (start: number, end: number) => {
    for (let at = start; at + 8 <= end; ) {
      let size = bytes.readUInt32BE(at);
      const type = bytes.subarray(at + 4, at + 8).toString('latin1');
      let header = 8;
      if (size === 1) (size = Number(bytes.readBigUInt64BE(at + 8))), (header = 16);
      if (size === 0) size = end - at;
      const body = at + header;
      if (['moov', 'trak', 'mdia', 'minf', 'stbl'].includes(type)) walk(body, at + size);
      if (type === 'mvhd') {
        const version = bytes[body]!;
        const timescale = bytes.readUInt32BE(body + (version === 1 ? 20 : 12));
        const duration = version === 1 ? Number(bytes.readBigUInt64BE(body + 24)) : bytes.readUInt32BE(body + 16);
        facts.durationSeconds = duration / timescale;
      }
      if (type === 'tkhd') {
        const version = bytes[body]!;
        const sizeAt = body + (version === 1 ? 88 : 76);
        facts.width = bytes.readUInt32BE(sizeAt) / 65536;
        facts.height = bytes.readUInt32BE(sizeAt + 4) / 65536;
      }
      if (type === 'stsz') facts.frameCount = bytes.readUInt32BE(body + 8);
      at += size;
    }
  };
  walk(0, bytes.length);
  return complete(facts, 'MP4');
}

/** An EBML variable-length integer at `at`: its value (marker bit removed unless keepMarker) and length. */
function vint(bytes: Buffer, at: number, keepMarker: boolean): { value: number; length: number; isUnknown: boolean } {
  const first = bytes[at]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i]!;
    allOnes &&= bytes[at + i] === 0xff;
  }
  return { value, length, isUnknown: !keepMarker && allOnes };
}

const EBML_MASTERS = new Set([0x18538067, 0x1549a966, 0x1654ae6b, 0xae, 0xe0, 0x1f43b675, 0xa0]);

/** WebM: pixel size from the track's Video element, frames = blocks, duration from Info (TimecodeScale units). */
export function readWebm(bytes: Buffer): ContainerFacts {
  if (bytes.readUInt32BE(0) !== 0x1a45dfa3) throw new Error('not a WebM: no EBML header');
  const facts: Partial<ContainerFacts> = { frameCount: 0 };
  let timecodeScale = 1e6;
  let duration = 0;
  const walk = (start: number, end: number) => {
    for (let at = start; at < end; ) {
      const id = vint(bytes, at, true);
      const size = vint(bytes, at + id.length, false);
      const body = at + id.length + size.length;
      const bodyEnd = size.isUnknown ? end : body + size.value;
      const uint = () => bytes.readUIntBE(body, size.value);
      if (EBML_MASTERS.has(id.value)) walk(body, bodyEnd);
      else if (id.value === 0xb0) facts.width = uint();
      else if (id.value === 0xba) facts.height = uint();
      else if (id.value === 0x2ad7b1) timecodeScale = uint();
      else if (id.value === 0x4489) duration = size.value === 4 ? bytes.readFloatBE(body) : bytes.readDoubleBE(body);
      else if (id.value === 0xa3 || id.value === 0xa1) facts.frameCount!++;
      at = bodyEnd;
    }
  };
  walk(0, bytes.length);
  facts.durationSeconds = (duration * timecodeScale) / 1e9;
  return complete(facts, 'WebM');
}

/** GIF: logical screen size, frames = image descriptors, duration = sum of the frame delays (1/100 s). */
export function readGif(bytes: Buffer): ContainerFacts & { delays: number[] } {
  const signature = bytes.subarray(0, 6).toString('latin1');
  if (signature !== 'GIF89a' && signature !== 'GIF87a') throw new Error('not a GIF');
  const width = bytes.readUInt16LE(6);
  const height = bytes.readUInt16LE(8);
  const flags = bytes[10]!;
  let at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const delays: number[] = [];
  let frameCount = 0;
  const skipSubBlocks = () => {
    while (bytes[at] !== 0) at += bytes[at]! + 1;
    at++;
  };
  while (at < bytes.length && bytes[at] !== 0x3b) {
    if (bytes[at] === 0x21) {
      const label = bytes[at + 1];
      if (label === 0xf9) delays.push(bytes.readUInt16LE(at + 4));
      at += 2;
      skipSubBlocks();
    } else if (bytes[at] === 0x2c) {
      const localFlags = bytes[at + 9]!;
      at += 10 + (localFlags & 0x80 ? 3 * 2 ** ((localFlags & 7) + 1) : 0) + 1;
      skipSubBlocks();
      frameCount++;
    } else {
      throw new Error(`GIF: unexpected block 0x${bytes[at]!.toString(16)} at byte ${at}`);
    }
  }
  return { width, height, frameCount, durationSeconds: delays.reduce((a, b) => a + b, 0) / 100, delays };
}

function complete(facts: Partial<ContainerFacts>, what: string): ContainerFacts {
  const { width, height, frameCount, durationSeconds } = facts;
  if (width === undefined || height === undefined || frameCount === undefined || durationSeconds === undefined) {
    throw new Error(`${what}: missing ${JSON.stringify(facts)}`);
  }
  return { width, height, frameCount, durationSeconds };
}
