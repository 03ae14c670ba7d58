import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/lib/dataset/buildIndex';
import { isDatasetFile } from '../../../src/lib/dataset/indexFiles';
import { illustrativeIndexInput, illustrativePanel } from '../../../scripts/lib/sample/illustrative';
import { readCountyTable, readIllustrativeInputs } from '../../../scripts/lib/sample/inputs';
import { serialiseIndexFiles } from '../../../scripts/lib/writeIndexDir';
import { INDEX_DIR } from '../support/datasetFiles';

/** `npm run build:data` in-process: the model, then the index build, then the bytes written. */
function buildDatasetBytes(): Map<string, string> {
  const counties = readCountyTable(join(INDEX_DIR, 'counties.json'));
  const inputs = readIllustrativeInputs(counties);
  const panel = illustrativePanel(inputs, counties);
  return serialiseIndexFiles(buildIndex(illustrativeIndexInput(inputs, counties, panel)));
}

describe('the illustrative dataset is deterministic', () => {
  const first = buildDatasetBytes();
  const second = buildDatasetBytes();

  it('two builds give identical bytes for every file', () => {
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect(second.get(name) === text, name).toBe(true);
  });

  it('the committed files under geodata/index/ are exactly what the build makes (rerun npm run build:data if not)', () => {
    const committed = readdirSync(INDEX_DIR).filter(isDatasetFile).sort();
    expect(committed).toEqual([...first.keys()].sort());
    for (const [name, text] of first) expect(readFileSync(join(INDEX_DIR, name), 'utf8') === text, name).toBe(true);
  });
});
