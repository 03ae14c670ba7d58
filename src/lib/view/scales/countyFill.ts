import type { RGBA } from '../drawModel';
import type { LayerScale } from './layerScale';

export function rgbaOf(hex: string, alpha = 255): RGBA {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) throw new Error(`rgbaOf: expected #rrggbb, got "${hex}"`);
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

/** The colours of a scale computed so far, by year index, for one county count. */
interface ScaleColours {
  countyCount: number;
  byYear: Map<number, Uint8Array>;
}

/** Per scale (a scale is rebuilt whenever its layer, level, theme or data change, so its colours hold). */
const coloursByScale = new WeakMap<LayerScale, ScaleColours>();

function coloursOf(scale: LayerScale, countyCount: number): ScaleColours {
  const known = coloursByScale.get(scale);
  if (known?.countyCount === countyCount) return known;
  const fresh = { countyCount, byYear: new Map<number, Uint8Array>() };
  coloursByScale.set(scale, fresh);
  return fresh;
}

/**
 * The fill of every county for one year of a layer: RGBA bytes, four per county in county-table
 * order, transparent for a county outside the scale's bins. The one place where bins become
 * colours, for the map (uploaded as is) and the export alike.
 *
 * Each year's colours are computed once per scale and kept (the same array for the same year, never
 * to be written to): a year shown again (playback's next round, a step back) bins no county.
 */
export function countyColours(scale: LayerScale, yearIndex: number, countyCount: number): Uint8Array {
  const { byYear } = coloursOf(scale, countyCount);
  const known = byYear.get(yearIndex);
  if (known) return known;
  const palette = scale.bins(yearIndex).map((b) => rgbaOf(b.colour));
  const colours = new Uint8Array(countyCount * 4);
  for (let county = 0; county < countyCount; county++) {
    const rgba = palette[scale.binOf(yearIndex, county)];
    if (!rgba) continue;
    const at = county * 4;
    colours[at] = rgba[0];
    colours[at + 1] = rgba[1];
    colours[at + 2] = rgba[2];
    colours[at + 3] = rgba[3];
  }
  byYear.set(yearIndex, colours);
  return colours;
}
