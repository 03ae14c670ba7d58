/**
 * Stepping through a story without a UI (like TimelinePlayer for years): it moves a step
 * position and puts each step's year, layer, category and camera target on a stage (the app's
 * rune state, or a plain object in tests), so stepping can be tested without a DOM.
 */
import type { LayerId } from '../domain/layers';
import type { CameraRequest } from '../state/camera';
import type { Story, StoryStep } from './story';

/** What a step sets. AppState has these fields; the map follows them. */
export interface StoryStage {
  year: number;
  layer: LayerId;
  category: string;
  cameraRequest: CameraRequest | null;
}

/** Where the reader is in the story; rune state in the app, so the caption follows. */
export interface StoryPosition {
  stepIndex: number;
}

export class StoryPlayer {
  constructor(
    readonly story: Story,
    private readonly position: StoryPosition,
    private readonly stage: StoryStage,
  ) {}

  get stepIndex(): number {
    return this.position.stepIndex;
  }

  get step(): StoryStep {
    // checkStory guarantees at least one step, and show() keeps the index inside the list.
    return this.story.steps[this.position.stepIndex] as StoryStep;
  }

  get stepCount(): number {
    return this.story.steps.length;
  }

  get isAtStart(): boolean {
    return this.position.stepIndex === 0;
  }

  get isAtEnd(): boolean {
    return this.position.stepIndex === this.story.steps.length - 1;
  }

  /** Shows a step (clamped to the story) and puts it on the stage. */
  show(index: number): void {
    const clamped = Math.min(Math.max(Math.trunc(index), 0), this.story.steps.length - 1);
    this.position.stepIndex = clamped;
    const step = this.step;
    this.stage.layer = step.layer;
    this.stage.category = step.category;
    this.stage.year = step.year;
    // A step without a camera leaves the camera where the reader (or the last step) put it.
    if (step.camera) this.stage.cameraRequest = { ...step.camera };
  }

  next(): void {
    this.show(this.position.stepIndex + 1);
  }

  previous(): void {
    this.show(this.position.stepIndex - 1);
  }

  first(): void {
    this.show(0);
  }

  last(): void {
    this.show(this.story.steps.length - 1);
  }
}
