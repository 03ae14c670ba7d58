/**
 * Names of the files a dataset owns under geodata/index/ (counties.json there belongs to the
 * geodata build). The index build names its output with these; the writer refuses anything else.
 */
export const META_FILE = 'meta.json';
export const BELTS_FILE = 'belts.json';

export function metricsFileName(categorySet: string): string {
  return `metrics-${categorySet}.json`;
}

const METRICS_FILE_PATTERN = /^metrics-[a-z0-9-]+\.json$/;

export function isDatasetFile(name: string): boolean {
  return name === META_FILE || name === BELTS_FILE || METRICS_FILE_PATTERN.test(name);
}
