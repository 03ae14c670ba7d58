/**
 * The view on screen as an export draws it: what the Export dialog's stills and animations and the
 * embed's fallback image show. Apart from the export controller so that the embed dialog can draw
 * a still without loading the animation encoders.
 */
import type { PlaceLevel } from '../domain/areas';
import type { Atlas, CountyMetrics } from '../domain/atlas';
import type { LayerId } from '../domain/layers';
import type { Lang } from '../i18n/i18n';
import type { CameraView } from '../state/camera';
import type { Theme } from '../state/theme';
import type { LayerScale } from '../view/scales/layerScale';
import type { ExportView } from './graphicFrames';

/** What a still needs of the view on screen. */
export interface ExportViewSource {
  atlas: Atlas;
  metrics: CountyMetrics;
  /** The layer's scale: the CSV's map classes, and the graphic unless two years are compared. */
  scale: LayerScale;
  /** The difference layer's scale while two years are compared (the graphic then shows it), else null. */
  compareScale: LayerScale | null;
  /** The first of the two years compared, or null. */
  compareFrom: number | null;
  /** The theme the page shows. */
  theme: Theme;
  /** The two scales above in another theme's colours, for a graphic in that theme. */
  scalesIn: (theme: Theme) => { scale: LayerScale | null; compareScale: LayerScale | null };
  layer: LayerId;
  category: string;
  year: number;
  lang: Lang;
  /** The camera on screen; null while the map shows its first fit of China. */
  camera: CameraView | null;
  /** The places the map shows (county, prefecture or province level). */
  level: PlaceLevel;
  /** The place selected on screen (of that level), outlined in the graphic too. */
  selectedPlaceCode: string | null;
}

/**
 * What a still or an animation of the view on screen shows, in `theme` (the page's or another);
 * the screen's map viewport frames its camera.
 */
export function exportView(source: ExportViewSource, mapViewport: { width: number; height: number }, theme: Theme): ExportView {
  const { atlas, metrics, camera } = source;
  const scales = theme === source.theme ? source : source.scalesIn(theme);
  const scale = scales.compareScale ?? scales.scale;
  if (!scale) throw new Error(`no colour scale for the ${theme} theme`);
  return {
    geometry: atlas.geometry,
    meta: atlas.meta,
    dataset: atlas.meta,
    layer: source.layer,
    category: source.category,
    years: metrics.years,
    scale,
    compareFrom: scales.compareScale ? source.compareFrom : null,
    lang: source.lang,
    camera: camera ? { ...camera, viewportWidth: mapViewport.width, viewportHeight: mapViewport.height } : null,
    level: source.level,
    selectedPlaceCode: source.selectedPlaceCode,
    provinces: atlas.counties.provinceTable,
    spreadCentres: metrics.spreadCentres,
    theme,
  };
}
