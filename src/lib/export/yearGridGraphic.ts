/**
 * The year grid as one print-ready graphic: the header and source lines of the single map's
 * graphic (graphicLayout, composition), the maps of the grid's years laid out as on screen
 * (view/yearGrid/gridCells: the same arrangement rule), each titled with its year and with its
 * own 南海诸岛 inset, and one legend under them, the layer's scale being one for all years. The
 * maps show China whole (the grid does not pan or zoom); province names and the 百亿 path are
 * left out, as the screen's small maps leave them out. Pure: the renderers draw its scene.
 */
import { CHINA_MAIN_BOUNDS } from '../cartography/camera';
import { buildMapPaths, type MapPaths } from '../cartography/mapPaths';
import { formatYear } from '../format/format';
import { arrangeGrid, mercatorAspect, type GridCell } from '../view/yearGrid/gridCells';
import { countyColours } from '../view/scales/countyFill';
import { framedInsetItems, headerItems, legendBoxItems, mapItems, textLines } from './composition';
import { graphicContent, type GraphicContent } from './graphicContent';
import type { ExportView } from './graphicFrames';
import { insetMapBox, layoutGraphic, legendSize, MIN_TEXT, type GraphicLayout } from './graphicLayout';
import { GRAPHIC_COLOURS, type SceneItem } from './scene';

export interface YearGridLayout extends GraphicLayout {
  cells: GridCell[];
  yearTitleSize: number;
}

/**
 * The single graphic's header, footer and sizes, with the legend in a band above the source lines
 * and the maps in the space between header and legend.
 */
export function layoutYearGrid(width: number, height: number, content: GraphicContent, years: readonly number[]): YearGridLayout {
  const base = layoutGraphic(width, height, content);
  const { unit, padding } = base;
  const innerWidth = width - 2 * padding;
  const contentBottom = base.footer.y - base.footer.size * 1.1 - 14 * unit;
  const legendBox = legendSize(content.legend, innerWidth, unit, []);
  const legend = { ...legendBox, x: padding, y: contentBottom - legendBox.height };
  // The single graphic's map starts where its header ends, in either of its shapes.
  const top = base.map.y;
  const yearTitleSize = Math.max(MIN_TEXT + 2, 26 * unit);
  const gridBox = { x: padding, y: top, width: innerWidth, height: Math.max(1, legend.y - 18 * unit - top) };
  const { cells } = arrangeGrid(years, gridBox, { gap: 18 * unit, titleHeight: yearTitleSize * 1.5, mapAspect: mercatorAspect(CHINA_MAIN_BOUNDS) });
  const insetWidth = cells[0]?.inset.width ?? 0;
  return { ...base, legend, cells, yearTitleSize, insetTitleSize: Math.min(base.insetTitleSize, Math.max(MIN_TEXT - 2, insetWidth / 6)) };
}

/** The still of the year grid: the same interface as a one-position GraphicFrames. */
export class YearGridGraphic {
  readonly width: number;
  readonly height: number;
  readonly layout: YearGridLayout;
  readonly #content: GraphicContent;
  readonly #lang: ExportView['lang'];
  readonly #view: Pick<ExportView, 'theme'>;
  readonly #paths: MapPaths[];
  readonly #colours: Uint8Array[];

  /** `view.scale` must be the layer's scale (the grid shows no difference layer). */
  constructor(view: ExportView, gridYears: readonly number[], width: number, height: number) {
    const yearIndices = gridYears.map((year) => view.years.indexOf(year));
    const lastIndex = yearIndices[yearIndices.length - 1];
    if (lastIndex === undefined || yearIndices.some((index) => index < 0)) throw new Error(`YearGridGraphic: years ${gridYears.join(', ')} are not all in the data`);
    this.width = width;
    this.height = height;
    const { lang } = view;
    this.#lang = lang;
    this.#view = { theme: view.theme };
    this.#content = graphicContent({
      ...view,
      compareFrom: null,
      year: view.years[lastIndex]!,
      bins: view.scale.bins(lastIndex),
      yearsText: gridYears.map((year) => formatYear(year, lang)).join(lang === 'zh' ? '、' : ', '),
    });
    this.layout = layoutYearGrid(width, height, this.#content, gridYears);
    this.#paths = this.layout.cells.map((cell) =>
      buildMapPaths(view.geometry, cell.map, insetMapBox({ inset: cell.inset, insetTitleSize: this.layout.insetTitleSize }), null, view),
    );
    const countyCount = view.geometry.counties.features.length;
    this.#colours = yearIndices.map((index) => countyColours(view.scale, index, countyCount));
  }

  get positionCount(): number {
    return 1;
  }

  /** Title line for an SVG's <title>: the graphic's title and subtitle. */
  titleOf(): string {
    return `${this.#content.title} · ${this.#content.subtitle}`;
  }

  scene(): SceneItem[] {
    const { layout } = this;
    const content = this.#content;
    const { unit } = layout;
    const { theme } = this.#view;
    const ink = GRAPHIC_COLOURS[theme];
    const items = headerItems(layout, content, theme);
    layout.cells.forEach((cell, i) => {
      const paths = this.#paths[i]!;
      const colours = this.#colours[i]!;
      items.push(
        { kind: 'text', x: cell.title.x, y: cell.title.y + layout.yearTitleSize * 1.05, text: formatYear(cell.year, this.#lang), size: layout.yearTitleSize, weight: 700, colour: ink.ink, align: 'left' },
        { kind: 'group', id: `map-${cell.year}`, clip: cell.map, items: mapItems(cell.map, paths, colours, theme, `counties-${cell.year}`) },
        ...framedInsetItems(cell.inset, layout.insetTitleSize, paths.inset, colours, unit, content.insetTitle, theme, `south-china-sea-inset-${cell.year}`),
      );
    });
    items.push(...legendBoxItems(layout, content.legend, theme), ...textLines(layout.footer, content.footer, 400, ink.mutedInk));
    return items;
  }
}
