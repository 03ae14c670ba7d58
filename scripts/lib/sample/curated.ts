import type { Category, CountyTableFile, LocalizedText, RegionId, SourceRecord } from '../../../src/lib/domain/contract';

/**
 * A belt the model places by hand (scripts/data/named-belts.json): a named belt from the sources,
 * or an unnamed large one that the 淘天百亿 calibration calls for. Its trajectory passes through
 * its anchor (anchors.json) when it has one, else through its modeled size in sizeYear.
 */
export interface NamedBelt {
  countyCode: string;
  categoryId: string;
  name: LocalizedText | null;
  /** anchor: a reported online figure; prior: size informed by a non-online figure; calibration: by the 百亿 count. */
  basis: 'anchor' | 'prior' | 'calibration';
  sizeYear?: number;
  /** Modeled annual online sales in sizeYear, 亿元. */
  sizeYi?: number;
  sourceId?: string;
  note: string;
}

/** A reported annual online sales figure that replaces the modeled value of its cell and year. */
export interface Anchor {
  countyCode: string;
  categoryId: string;
  year: number;
  salesYuan: number;
  sourceId: string;
  /** The source's own wording of the metric. */
  metric: string;
}

export interface CuratedInputs {
  categories: Category[];
  sources: SourceRecord[];
  namedBelts: NamedBelt[];
  anchors: Anchor[];
  years: number[];
  /** Regions the sources do not cover (Hong Kong, Macao, Taiwan): the model gives them nothing, and the app says "no data" there. */
  outsideRegions: RegionId[];
}

/**
 * Checks the curated inputs against each other and the county table; returns every problem found,
 * each naming the file and the entry.
 */
export function curatedInputProblems(inputs: CuratedInputs, counties: CountyTableFile): string[] {
  const problems: string[] = [];
  const codes = new Set(counties.codes);
  const categoryIds = new Set(inputs.categories.map((c) => c.id));
  const sourceIds = new Set(inputs.sources.map((s) => s.id));
  const beltKeys = new Set<string>();
  const knownRegions = new Set(counties.regions);
  for (const region of inputs.outsideRegions) {
    if (!knownRegions.has(region)) problems.push(`dataset.json outsideRegions: "${region}" is no region of counties.json`);
  }
  const outsideCodes = new Set(counties.codes.filter((_, i) => inputs.outsideRegions.includes(counties.regions[i]!)));
  inputs.namedBelts.forEach((belt, i) => {
    const where = `named-belts.json[${i}] (${belt.countyCode} ${belt.categoryId} ${belt.name?.zh ?? 'unnamed'})`;
    const key = `${belt.countyCode}-${belt.categoryId}`;
    if (!codes.has(belt.countyCode)) problems.push(`${where}: county code not in counties.json`);
    if (outsideCodes.has(belt.countyCode)) problems.push(`${where}: county in a region outside the dataset (dataset.json outsideRegions)`);
    if (!categoryIds.has(belt.categoryId)) problems.push(`${where}: unknown category`);
    if (belt.sourceId !== undefined && !sourceIds.has(belt.sourceId)) problems.push(`${where}: unknown source ${belt.sourceId}`);
    if (beltKeys.has(key)) problems.push(`${where}: a second entry for the same county and category`);
    beltKeys.add(key);
    const hasAnchor = inputs.anchors.some((a) => a.countyCode === belt.countyCode && a.categoryId === belt.categoryId);
    const hasSize = belt.sizeYear !== undefined && belt.sizeYi !== undefined;
    if ((belt.basis === 'anchor') !== hasAnchor) problems.push(`${where}: basis "${belt.basis}" but ${hasAnchor ? 'an' : 'no'} anchor`);
    if (belt.basis !== 'anchor' && !(hasSize && inputs.years.includes(belt.sizeYear!) && belt.sizeYi! > 0)) {
      problems.push(`${where}: needs sizeYear within the years and a positive sizeYi`);
    }
  });
  const anchorKeys = new Set<string>();
  inputs.anchors.forEach((anchor, i) => {
    const where = `anchors.json[${i}] (${anchor.countyCode} ${anchor.categoryId} ${anchor.year})`;
    const key = `${anchor.countyCode}-${anchor.categoryId}`;
    if (!beltKeys.has(key)) problems.push(`${where}: no named belt for this county and category`);
    if (anchorKeys.has(key)) problems.push(`${where}: a second anchor for the same belt (the model fits one)`);
    anchorKeys.add(key);
    if (!inputs.years.includes(anchor.year)) problems.push(`${where}: year outside the dataset's years`);
    if (!sourceIds.has(anchor.sourceId)) problems.push(`${where}: unknown source ${anchor.sourceId}`);
    if (!(anchor.salesYuan > 0)) problems.push(`${where}: sales must be positive`);
  });
  return problems;
}
