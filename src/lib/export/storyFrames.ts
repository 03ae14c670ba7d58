/**
 * A story (src/lib/story) as the frames of an animation export: each step shows its year, layer,
 * category and camera with its caption. Consecutive steps that share layer, category and camera
 * form one segment, drawn from one layout and one set of map paths, so their colours fade from
 * step to step as the years do; where any of the three changes, the picture cuts, as in a
 * slideshow. A step without a camera keeps the one before (the first fits China). Stories are
 * drawn at the county level, with nothing selected.
 */
import type { CountyMetrics } from '../domain/atlas';
import type { RegionId } from '../domain/contract';
import { buildLayerScale } from '../view/scales/layerScale';
import type { Story, StoryCamera, StoryStep } from '../story/story';
import { GraphicFrames, type ExportView, type FrameSource } from './graphicFrames';
import type { SceneItem } from './scene';

/** The parts of the view a story does not set: the map, the dataset, the language, the screen. */
export type StoryExportBase = Omit<
  ExportView,
  'layer' | 'category' | 'years' | 'scale' | 'camera' | 'spreadCentres' | 'level' | 'selectedPlaceCode' | 'compareFrom'
> & {
  /** The region of every county, in county-table order: which counties the dataset covers (domain/coverage.ts). */
  countyRegions: readonly RegionId[];
};

export interface StorySegment {
  /** Index of the segment's first step in the story. */
  firstStep: number;
  steps: StoryStep[];
  /** The camera of every step of the segment (inherited where a step has none), null = China fitted. */
  camera: StoryCamera | null;
}

const sameCamera = (a: StoryCamera | null, b: StoryCamera | null) =>
  a === b || (a !== null && b !== null && a.lng === b.lng && a.lat === b.lat && a.zoom === b.zoom);

export function storySegments(steps: readonly StoryStep[]): StorySegment[] {
  const segments: StorySegment[] = [];
  let camera: StoryCamera | null = null;
  steps.forEach((step, index) => {
    camera = step.camera ?? camera;
    const last = segments[segments.length - 1];
    const first = last?.steps[0];
    if (last && first && first.layer === step.layer && first.category === step.category && sameCamera(last.camera, camera)) {
      last.steps.push(step);
    } else {
      segments.push({ firstStep: index, steps: [step], camera });
    }
  });
  return segments;
}

/** The categories a story's steps need metrics for. */
export function storyCategories(story: Story): string[] {
  return [...new Set(story.steps.map((step) => step.category))];
}

export class StoryFrames implements FrameSource {
  readonly width: number;
  readonly height: number;
  readonly positionCount: number;
  /** The segment of each step, and the step's position within it. */
  readonly #byStep: { frames: GraphicFrames; position: number }[];

  constructor(
    story: Story,
    base: StoryExportBase,
    metricsByCategory: ReadonlyMap<string, CountyMetrics>,
    viewport: { width: number; height: number },
    width: number,
    height: number,
  ) {
    this.width = width;
    this.height = height;
    this.positionCount = story.steps.length;
    this.#byStep = storySegments(story.steps).flatMap((segment) => {
      const { layer, category } = segment.steps[0]!;
      const metrics = metricsByCategory.get(category);
      if (!metrics) throw new Error(`StoryFrames: no metrics loaded for category "${category}" (step ${segment.firstStep + 1})`);
      const yearIndices = segment.steps.map((step, i) => {
        const yearIndex = metrics.years.indexOf(step.year);
        if (yearIndex < 0) throw new Error(`StoryFrames: step ${segment.firstStep + i + 1} asks for ${step.year}, which the data do not hold`);
        return yearIndex;
      });
      const view: ExportView = {
        ...base,
        level: 'county',
        selectedPlaceCode: null,
        compareFrom: null,
        layer,
        category,
        years: metrics.years,
        scale: buildLayerScale(layer, metrics, base.dataset, base.countyRegions, base.theme),
        camera: segment.camera && { ...segment.camera, viewportWidth: viewport.width, viewportHeight: viewport.height },
        spreadCentres: metrics.spreadCentres,
      };
      const frames = new GraphicFrames(view, width, height, yearIndices, {
        title: story.title[base.lang],
        captions: segment.steps.map((step) => step.caption[base.lang]),
      });
      return segment.steps.map((_, position) => ({ frames, position }));
    });
  }

  scene(position: number, fade = 1): SceneItem[] {
    const step = this.#byStep[position];
    if (!step) throw new Error(`StoryFrames: step ${position + 1} is outside the story's ${this.positionCount} steps`);
    return step.frames.scene(step.position, fade);
  }
}
