import type { IndexInput } from '../../../src/lib/dataset/buildIndex';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import type { IllustrativeInputs, PanelFile } from './inputs';
import { generatePanel } from './model';
import { MODEL_PARAMS } from './modelParams';

/**
 * The two halves of `npm run build:data` as pure functions, so that tests run exactly what the
 * scripts run: the model's panel, then the index build's input for it.
 */
export function illustrativePanel(inputs: IllustrativeInputs, counties: CountyTableFile): PanelFile {
  const rows = generatePanel({ ...inputs, counties, params: MODEL_PARAMS });
  return { generatedBy: 'scripts/build-sample.ts', seed: MODEL_PARAMS.seed, rows };
}

export function illustrativeIndexInput(inputs: IllustrativeInputs, counties: CountyTableFile, panel: PanelFile): IndexInput {
  return {
    rows: panel.rows,
    counties,
    categories: inputs.categories,
    years: inputs.years,
    sources: inputs.sources,
    title: inputs.title,
    description: inputs.description,
    isIllustrative: true,
    outsideRegions: inputs.outsideRegions,
    generatedBy: `scripts/build-index.ts (panel: ${panel.generatedBy}, seed ${panel.seed})`,
  };
}
