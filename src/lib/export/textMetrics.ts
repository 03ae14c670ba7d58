/**
 * Text measuring without a canvas: widths are estimated from the characters (CJK full width, Latin
 * about half), with room to spare, so that the same layout serves the canvas and the SVG.
 */

const WIDE_CHARACTER = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f◆]/;

/** A generous estimate of a text's width: full-width characters 1 em, digits and capitals 0.62, the rest 0.55. */
export function estimateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE_CHARACTER.test(character) ? 1 : /[A-Z0-9%]/.test(character) ? 0.62 : 0.55;
  return ems * size;
}

/** Breaks a text into lines no wider than maxWidth: after words and between CJK characters. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.match(/[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+|./gu) ?? [];
  // A word wider than a whole line is broken between its characters.
  const tokens = words.flatMap((word) => (estimateTextWidth(word.trimEnd(), size) > maxWidth ? [...word] : [word]));
  for (const token of tokens) {
    if (line && estimateTextWidth((line + token).trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
