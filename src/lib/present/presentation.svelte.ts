/**
 * Presenter mode without its UI: the black screen, the open story and its step, what a key or a
 * button does, and what happens when full screen ends or a story cannot be opened. The component
 * (Presenter.svelte) lays it out and wires the page's events to it; tests drive it with plain objects.
 */
import type { AppState } from '../state/appState.svelte';
import { StoryPlayer, type StoryPosition } from '../story/storyPlayer';
import { formatStoryProblem, type Story } from '../story/story';
import type { UnopenedStory } from '../story/storyMessages';
import type { StoryOutcome } from '../story/storyRequest';
import { presenterKeyAction, runPresenterAction, type PresenterAction, type PresenterKey } from './presenterKeys';

/** The parts of AppState presenter mode changes: the mode, the open story, and what a story step sets. */
export type PresentedState = Pick<AppState, 'mode' | 'story' | 'storyStep' | 'year' | 'layer' | 'category' | 'cameraRequest'>;

/** The timeline's player, as presenter mode steps and plays the years. */
export interface PresentedYears {
  stepForward(): void;
  stepBack(): void;
  first(): void;
  last(): void;
  togglePlay(): void;
  pause(): void;
}

export class Presentation {
  isBlank = $state(false);
  /** The open story once loaded; null while none is open or it is still loading. */
  storyPlayer = $state.raw<StoryPlayer | null>(null);
  /** The step shown: the app's storyStep (1-based, in the address), so a shared link reopens the story where it was. */
  readonly storyPosition: StoryPosition;
  readonly isStoryLoading = $derived.by(() => this.app.story !== null && this.storyPlayer === null);
  readonly story: Story | null = $derived.by(() => this.storyPlayer?.story ?? null);

  readonly #years;

  constructor(
    private readonly app: PresentedState,
    player: PresentedYears,
  ) {
    this.storyPosition = {
      get stepIndex() {
        return app.storyStep - 1;
      },
      set stepIndex(index) {
        app.storyStep = index + 1;
      },
    };
    this.#years = {
      next: () => player.stepForward(),
      previous: () => player.stepBack(),
      first: () => player.first(),
      last: () => player.last(),
      togglePlay: () => player.togglePlay(),
      pause: () => player.pause(),
    };
  }

  act(action: PresenterAction): void {
    runPresenterAction(action, { surface: this.#surface, years: this.#years, story: this.storyPlayer });
    // Leaving presenter mode closes the story: the explorer is the reader's own again.
    if (this.app.mode === 'explore') {
      this.app.story = null;
      this.app.storyStep = 1;
    }
  }

  /** A key pressed anywhere (not typed into a text field): true when it was presenter mode's (the caller then stops it). */
  handleKey(event: PresenterKey): boolean {
    if (this.app.mode !== 'present') return false;
    const action = presenterKeyAction(event, { mode: this.app.mode, isBlank: this.isBlank });
    if (!action) return false;
    this.act(action);
    return true;
  }

  /** The browser ended full screen on its own Esc (the page never sees that key): presenter mode ends too. */
  fullscreenEnded(): void {
    if (this.app.mode === 'present') this.act('exit');
  }

  /** No story is asked for (any more). */
  closeStory(): void {
    this.storyPlayer = null;
  }

  /** The story asked for has loaded, or could not be: returns what the page says then, else null. */
  storyLoaded(outcome: StoryOutcome): UnopenedStory | null {
    if (outcome.story === null) {
      if (outcome.error.kind === 'invalid') {
        for (const problem of outcome.error.problems) console.warn(`Beltmap story "${outcome.name}": ${formatStoryProblem(problem)}`);
      }
      this.app.story = null;
      this.app.mode = 'explore';
      return { name: outcome.name, error: outcome.error };
    }
    const opened = new StoryPlayer(outcome.story, this.storyPosition, this.app);
    this.#years.pause();
    const requested = this.app.storyStep;
    if (requested > opened.stepCount) {
      console.warn(`Beltmap: URL parameter "step" ignored ("${requested}": the story "${outcome.name}" has ${opened.stepCount} steps)`);
    }
    opened.show(requested <= opened.stepCount ? requested - 1 : 0);
    this.storyPlayer = opened;
    this.app.mode = 'present';
    return null;
  }

  /** The mode and the black screen, as the pure action runner sees them. */
  get #surface() {
    const app = this.app;
    const presentation = this;
    return {
      get mode() {
        return app.mode;
      },
      set mode(mode) {
        app.mode = mode;
      },
      get isBlank() {
        return presentation.isBlank;
      },
      set isBlank(value) {
        presentation.isBlank = value;
      },
    };
  }
}
