/**
 * npm run build:chinese-label — writes src/components/controls/chineseLabelOutline.ts: the outlines
 * of 中文, the language switch's label in the English page, from Noto Sans CJK SC Regular (SIL Open
 * Font License 1.1; Debian's fonts-noto-cjk, the font the page names first for Chinese).
 *
 * Why outlines and not text: in the English page those two characters were the only Chinese text
 * of the first view, and the first Chinese glyph a page lays out makes Chromium copy the whole CJK
 * font file (~20 MB) into shared memory while the page waits (70–120 ms of the first layout on
 * this machine). Drawn as a path, the first map is laid out without it; the Chinese page still
 * uses the font as text everywhere.
 *
 * Deterministic: the same font file gives the same bytes. Options: --font <file.ttc>, --face <index>.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { optionValue } from './lib/sample/inputs';

const LABEL = '中文';
const FAMILY = 'Noto Sans CJK SC';
const OUTPUT = 'src/components/controls/chineseLabelOutline.ts';

const argv = process.argv.slice(2);
const fontPath = optionValue(argv, '--font', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
// Debian's collection holds JP, KR, SC, TC, HK: SC is the third face.
const faceIndex = Number(optionValue(argv, '--face', '2'));

const face = new hb.Face(new hb.Blob(readFileSync(fontPath)), faceIndex);
const family = face.getName(1, 'en');
if (family !== FAMILY) throw new Error(`build:chinese-label: face ${faceIndex} of ${fontPath} is "${family}", not "${FAMILY}" (pass --face)`);
const font = new hb.Font(face);
const buffer = new hb.Buffer();
buffer.addText(LABEL);
buffer.guessSegmentProperties();
hb.shape(font, buffer);

// The ideographic em box of CJK fonts: 880 units above the baseline, 120 below (of 1000).
const EM = face.upem;
const ASCENT = (EM * 880) / 1000;

/** A glyph's SVG path moved right by `x` and turned y-down with the em box's top at 0, in whole units. */
function placedPath(glyphPath: string, x: number): string {
  let isX = true;
  return glyphPath.replace(/-?\d+(?:\.\d+)?/g, (number) => {
    const value = Number(number);
    const placed = isX ? value + x : ASCENT - value;
    isX = !isX;
    return String(Math.round(placed));
  });
}

let advance = 0;
const paths: string[] = [];
const positions = buffer.getGlyphPositions();
for (const [i, info] of buffer.getGlyphInfos().entries()) {
  paths.push(placedPath(font.glyphToPath(info.codepoint), advance));
  advance += positions[i]!.xAdvance;
}
if (paths.length !== [...LABEL].length) throw new Error(`build:chinese-label: ${LABEL} shaped into ${paths.length} glyphs`);

const source = `// Written by \`npm run build:chinese-label\` (scripts/build-chinese-label.ts): do not edit.
/** 中文 in ${FAMILY} Regular (SIL Open Font License 1.1), y down, in a ${advance} × ${EM} box whose baseline is at ${ASCENT}. */
export const CHINESE_LABEL_OUTLINE = {
  text: ${JSON.stringify(LABEL)},
  width: ${advance},
  height: ${EM},
  /** The share of the box below the baseline (for vertical-align). */
  descent: ${(EM - ASCENT) / EM},
  path: ${JSON.stringify(paths.join(''))},
} as const;
`;
writeFileSync(OUTPUT, source);
console.log(`build:chinese-label: ${LABEL} (${advance} × ${EM} units, ${source.length} characters) in ${OUTPUT}`);
