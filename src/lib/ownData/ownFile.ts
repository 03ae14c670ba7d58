/**
 * The first check of a file a reader opens in the page, before any of it is parsed: not too large,
 * not empty, and text rather than a spreadsheet, archive, image, PDF, web page or other binary
 * (a renamed .xlsx is the usual mistake). Read from the file's first bytes only, so a 20 MB file
 * is turned away at once. Pure: the page and the tests call it with bytes.
 */
import type { NotCsvKind, ProblemReason } from '../import/problems';

/** A CSV over this size is refused: the import holds every row in memory twice (text and records). */
export const OWN_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** How much of the file checkOwnFile and readOwnFileHeader read. */
export const OWN_FILE_HEAD_BYTES = 64 * 1024;

/** Why a file is turned away by its first bytes: one of the import's reasons, worded with them. */
export type OwnFileRefusal = Extract<ProblemReason, { code: 'fileTooLarge' | 'noBytes' | 'notCsv' }>;

/** File signatures ("magic numbers") of what readers most often open by mistake. */
const SIGNATURES: { bytes: number[]; looksLike: NotCsvKind }[] = [
  // OLE2 compound file: .xls of Excel 97–2003 (and .doc, rarely meant).
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'spreadsheet' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'image' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'image' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'image' }, // GIF8
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: 'pdf' }, // %PDF-
  { bytes: [0x1f, 0x8b], looksLike: 'archive' }, // gzip
  { bytes: [0x52, 0x61, 0x72, 0x21], looksLike: 'archive' }, // Rar!
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], looksLike: 'archive' }, // 7z
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** More control bytes than this share of the head is not text a spreadsheet saved. */
const MAX_CONTROL_SHARE = 0.05;

export function checkOwnFile(file: { name: string; size: number }, head: Uint8Array): OwnFileRefusal | null {
  if (file.size > OWN_FILE_MAX_BYTES) return { code: 'fileTooLarge', size: file.size, limit: OWN_FILE_MAX_BYTES };
  if (file.size === 0 || head.length === 0) return { code: 'noBytes' };
  const looksLike = sniff(head);
  return looksLike === null ? null : { code: 'notCsv', looksLike };
}

function sniff(head: Uint8Array): NotCsvKind | null {
  if (startsWith(head, ZIP)) {
    // An .xlsx (and .ods) is a zip whose first entries name the workbook's parts.
    const names = new TextDecoder('latin1').decode(head.subarray(0, 2048));
    return /\[Content_Types\]\.xml|xl\/|mimetypespreadsheet|docProps\//.test(names) ? 'spreadsheet' : 'archive';
  }
  for (const { bytes, looksLike } of SIGNATURES) if (startsWith(head, bytes)) return looksLike;
  // RIFF....WEBP
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head.subarray(8), [0x57, 0x45, 0x42, 0x50])) return 'image';
  if (isHtml(head)) return 'html';
  return isText(head) ? null : 'binary';
}

/** A web page saved as .csv (a "download" link that was a page): <!doctype html> or <html first. */
function isHtml(head: Uint8Array): boolean {
  const start = startsWith(head, UTF8_BOM) ? 3 : 0;
  const text = new TextDecoder('latin1').decode(head.subarray(start, start + 512)).trimStart().toLowerCase();
  return text.startsWith('<!doctype') || text.startsWith('<html');
}

/**
 * Text has no NUL byte and few control bytes besides tab, line feed and carriage return (UTF-16,
 * which decodeText refuses with its own message, is let through to it: it starts with FF FE or FE FF).
 */
function isText(head: Uint8Array): boolean {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return true;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= head.length * MAX_CONTROL_SHARE;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}
