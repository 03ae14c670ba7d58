/**
 * An embed tells the page around it how tall it needs to be (static/embed.js listens). The height
 * is the content's with the map at its natural height, not stretched to fill a taller frame:
 * otherwise a frame made taller would report itself taller, for ever.
 */

export const HEIGHT_MESSAGE_TYPE = 'beltmap:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** The page's height with the map at `mapNaturalHeight` instead of the `mapHeight` it has now. */
export function naturalHeight(pageHeight: number, mapHeight: number, mapNaturalHeight: number): number {
  return Math.ceil(pageHeight - mapHeight + mapNaturalHeight);
}

export interface HeightElements {
  /** The embed's whole layout. */
  page: HTMLElement;
  /** The map's box, which grows in a taller frame. */
  map: HTMLElement;
  /** An empty box as tall as the map is by nature (same CSS height, never stretched). */
  mapProbe: HTMLElement;
}

/** Calls `report` with the natural height now and whenever it changes; returns the stop function. */
export function watchNaturalHeight({ page, map, mapProbe }: HeightElements, report: (message: HeightMessage) => void): () => void {
  let reported = -1;
  const measure = () => {
    const height = naturalHeight(page.offsetHeight, map.offsetHeight, mapProbe.offsetHeight);
    if (height === reported) return;
    reported = height;
    report({ type: HEIGHT_MESSAGE_TYPE, height });
  };
  const observer = new ResizeObserver(measure);
  for (const element of [page, map, mapProbe]) observer.observe(element);
  measure();
  return () => observer.disconnect();
}
