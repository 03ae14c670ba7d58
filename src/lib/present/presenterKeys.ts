/**
 * Presenter mode's keys: which key does what. Presentation clickers send ←/→ or
 * PageUp/PageDown for back/forward and "b" or "." for a black screen, so all of them work.
 * Pure, so the mapping is tested without a DOM; the component only dispatches.
 */
import type { PageMode } from '../state/pageMode';

export type PresenterAction =
  | 'enter' // explore → presenter mode
  | 'exit' // presenter mode → explore (and out of full screen)
  | 'next' // next year, or next story step
  | 'previous'
  | 'first'
  | 'last'
  | 'togglePlay' // play/pause the years; in a story, the next step
  | 'toggleBlank'
  | 'unblank';

export interface PresenterKeyContext {
  mode: PageMode;
  isBlank: boolean;
}

/** The key's own part of a KeyboardEvent, so tests can pass plain objects. */
export interface PresenterKey {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const STEP_ACTIONS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  ' ': 'togglePlay',
};

const BLANK_KEYS = ['b', 'B', '.'];
const PRESENT_KEYS = ['p', 'P'];

/** The action of a key, or null when presenter mode leaves the key alone. */
export function presenterKeyAction(event: PresenterKey, context: PresenterKeyContext): PresenterAction | null {
  // Ctrl+P prints, Alt+← goes back in history: shortcuts with modifiers belong to the browser.
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const { key } = event;
  if (context.mode === 'explore') return PRESENT_KEYS.includes(key) ? 'enter' : null;
  if (key === 'Escape' || PRESENT_KEYS.includes(key)) return 'exit';
  if (BLANK_KEYS.includes(key)) return 'toggleBlank';
  const step = STEP_ACTIONS[key];
  if (!step) return null;
  // On a black screen a step key only brings the picture back: the audience sees every step.
  return context.isBlank ? 'unblank' : step;
}

/** What an action acts on: the timeline's years, or the open story's steps. */
export interface PresenterStepper {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
}

export interface PresenterTargets {
  surface: { mode: PageMode; isBlank: boolean };
  years: PresenterStepper & { togglePlay(): void };
  /** The open story, or null when presenting the years. */
  story: PresenterStepper | null;
}

/** Carries out an action; entering and leaving full screen follows the mode in the component. */
export function runPresenterAction(action: PresenterAction, { surface, years, story }: PresenterTargets): void {
  switch (action) {
    case 'enter':
      surface.mode = 'present';
      surface.isBlank = false;
      return;
    case 'exit':
      surface.mode = 'explore';
      surface.isBlank = false;
      return;
    case 'toggleBlank':
      surface.isBlank = !surface.isBlank;
      return;
    case 'unblank':
      surface.isBlank = false;
      return;
    case 'togglePlay':
      if (story) story.next();
      else years.togglePlay();
      return;
    default:
      (story ?? years)[action]();
  }
}
