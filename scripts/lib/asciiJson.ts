/**
 * JSON written in ASCII only: every character outside it as a \uXXXX escape, so the file parses to
 * the same value. A browser decodes an all-ASCII body on its fast path and parses it as a one-byte
 * string; one Chinese character anywhere sends the whole file through UTF-8's slow path and makes
 * it a two-byte string. For the 734 KB topology, whose only such characters are in its header
 * (天地图), that was 9 ms more to decode and ~8 ms more to parse in the page, and ~45 ms more on the
 * main thread while DevTools (the tests' and the bench's browser) kept a text copy of the body.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
