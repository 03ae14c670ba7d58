/**
 * A story and the dataset it is about: what a story is checked against (the years and categories
 * of the dataset shown), and how presenter mode shows a story's own dataset before opening it.
 */
import type { AtlasDataset } from '../domain/atlas';
import type { StoryDomain } from './story';

type ShownDataset = Pick<AtlasDataset, 'id' | 'years' | 'categories'>;

export function storyDomainOf(dataset: ShownDataset): StoryDomain {
  return { years: dataset.years, categoryIds: dataset.categories.map((c) => c.id), datasetId: dataset.id };
}

/**
 * For loadStory's showDataset: switches to the story's dataset, keeping the story `name` open
 * (a dataset switch otherwise closes it), and answers the domain of the dataset then shown, or
 * null when the switch did not happen.
 */
export function storyDatasetSwitch(
  name: string,
  shown: () => ShownDataset,
  chooseDataset: (datasetId: string, keep: { story: string }) => Promise<void>,
): (datasetId: string) => Promise<StoryDomain | null> {
  return async (datasetId) => {
    await chooseDataset(datasetId, { story: name });
    const dataset = shown();
    return dataset.id === datasetId ? storyDomainOf(dataset) : null;
  };
}
