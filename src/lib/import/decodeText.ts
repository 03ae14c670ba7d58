/**
 * Turns the bytes of a user's CSV into text. Spreadsheets in China save CSV as UTF-8 (with or
 * without a byte-order mark) or, from older Excel versions, as GBK; the file does not say which.
 * Valid UTF-8 is taken as UTF-8 (Chinese text in GBK is practically never valid UTF-8), anything
 * else is tried as GBK. TextDecoder('gbk') follows the WHATWG Encoding standard (GBK read as
 * GB18030), available in browsers and in Node with full ICU, so the app can reuse this module.
 */
import type { Checked } from './problems';

export type TextEncodingName = 'utf-8' | 'gbk';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether a UTF-8 byte-order mark was present (and removed). */
  hasBom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): Checked<DecodedText> {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    // Excel's "Unicode text" export: a different format (tab-separated UTF-16), not a CSV.
    return { ok: false, reason: { code: 'utf16' } };
  }
  const hasBom = startsWith(bytes, UTF8_BOM);
  const utf8 = tryDecode('utf-8', hasBom ? bytes.subarray(UTF8_BOM.length) : bytes);
  if (utf8 !== null) return { ok: true, value: { text: utf8, encoding: 'utf-8', hasBom } };
  if (!hasBom) {
    const gbk = tryDecode('gbk', bytes);
    if (gbk !== null) return { ok: true, value: { text: gbk, encoding: 'gbk', hasBom: false } };
  }
  return {
    ok: false,
    reason: { code: hasBom ? 'badUtf8Bom' : 'notUtf8OrGbk' },
  };
}

function tryDecode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM was handled above; a second one would be content, not a marker.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
