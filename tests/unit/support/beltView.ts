/** The belt model as the views and the export read it, for tests of those functions on the belt dataset. */
import type { AtlasDataset } from '../../../src/lib/domain/atlas';
import { BELT_SALES_MEASURE, beltWords } from '../../../src/lib/domain/datasets';
import type { ViewDataset } from '../../../src/lib/view/scales/viewDataset';

export const BELT_VIEW: ViewDataset & Pick<AtlasDataset, 'years' | 'sources'> = {
  measure: BELT_SALES_MEASURE,
  words: beltWords(),
  yearSourceIds: [],
  detailsKind: 'belts',
  years: [],
  sources: [],
};
