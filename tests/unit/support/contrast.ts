/**
 * WCAG 2.x contrast of CSS colours (#rgb, #rrggbb, rgb(r g b / a), rgba(r,g,b,a)), for checking
 * text against its background: relative luminance of sRGB, (L1 + 0.05) / (L2 + 0.05).
 */
export type Rgba = [number, number, number, number];

export function parseColour(css: string): Rgba {
  const text = css.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const v = Number.parseInt(full, 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255, 1];
  }
  const fn = /^rgba?\(([^)]*)\)$/i.exec(text)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean).map(Number);
    const [r = NaN, g = NaN, b = NaN, a = 1] = parts;
    if ([r, g, b, a].every(Number.isFinite)) return [r, g, b, a];
  }
  throw new Error(`parseColour: cannot read "${css}"`);
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
