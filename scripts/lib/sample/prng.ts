/**
 * Seeded randomness for the illustrative model. Every county and every (county, category) cell
 * draws from its own stream, derived from the seed and the cell's key, so adding a category or
 * reordering the loop changes no other cell's numbers.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
}

/** mulberry32: a tiny 32-bit generator, plenty for a model that needs a few numbers per cell. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32-bit: turns a cell key into a seed offset. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function randomStream(seed: number, key: string): Random {
  const next = mulberry32((seed ^ hashString(key)) >>> 0);
  return {
    next,
    normal() {
      // 1 - u keeps the logarithm finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}
