import type { RGBA } from '../drawModel';
import type { LayerScale } from './layerScale';

export function rgbaOf(hex: string, alpha = 255): RGBA {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) throw new Error(`rgbaOf: expected #rrggbb, got "${hex}"`);
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

/**
 * The fill of every county for one year of a layer, as MapDrawState.countyFill wants it.
 * Bins are looked up once per county here, so deck.gl's accessor is an array read per county.
 */
export function buildCountyFill(scale: LayerScale, yearIndex: number, countyCount: number): (countyIndex: number) => RGBA {
  const palette = scale.bins(yearIndex).map((b) => rgbaOf(b.colour));
  const binOfCounty = new Uint8Array(countyCount);
  for (let i = 0; i < countyCount; i++) binOfCounty[i] = scale.binOf(yearIndex, i);
  const outside: RGBA = [0, 0, 0, 0];
  return (countyIndex) => palette[binOfCounty[countyIndex] ?? -1] ?? outside;
}
