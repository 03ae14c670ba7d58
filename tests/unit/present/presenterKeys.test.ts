import { describe, expect, it } from 'vitest';
import {
  presenterKeyAction,
  runPresenterAction,
  type PresenterAction,
  type PresenterKey,
  type PresenterTargets,
} from '../../../src/lib/present/presenterKeys';

const explore = { mode: 'explore', isBlank: false } as const;
const present = { mode: 'present', isBlank: false } as const;
const blank = { mode: 'present', isBlank: true } as const;

describe('presenterKeyAction', () => {
  it.each<[string, PresenterAction | null]>([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    [' ', 'togglePlay'],
    ['b', 'toggleBlank'],
    ['B', 'toggleBlank'],
    ['.', 'toggleBlank'],
    ['Escape', 'exit'],
    ['p', 'exit'],
    ['P', 'exit'],
    ['ArrowUp', null],
    ['Enter', null],
    ['a', null],
    ['Tab', null],
  ])('in presenter mode %j → %s', (key, action) => {
    expect(presenterKeyAction({ key }, present)).toBe(action);
  });

  it.each<[string, PresenterAction | null]>([
    ['ArrowRight', 'unblank'],
    ['PageDown', 'unblank'],
    ['ArrowLeft', 'unblank'],
    ['PageUp', 'unblank'],
    ['Home', 'unblank'],
    ['End', 'unblank'],
    [' ', 'unblank'],
    ['b', 'toggleBlank'],
    ['.', 'toggleBlank'],
    ['Escape', 'exit'],
    ['x', null],
  ])('on a black screen %j → %s (a step key only brings the picture back)', (key, action) => {
    expect(presenterKeyAction({ key }, blank)).toBe(action);
  });

  it.each<[string, PresenterAction | null]>([
    ['p', 'enter'],
    ['P', 'enter'],
    // The timeline handles its own keys outside presenter mode.
    ['ArrowRight', null],
    [' ', null],
    ['b', null],
    ['Escape', null],
  ])('outside presenter mode %j → %s', (key, action) => {
    expect(presenterKeyAction({ key }, explore)).toBe(action);
  });

  it.each<PresenterKey>([
    { key: 'p', ctrlKey: true },
    { key: 'p', metaKey: true },
    { key: 'ArrowLeft', altKey: true },
    { key: 'b', ctrlKey: true },
  ])('leaves browser shortcuts alone: %j', (event) => {
    expect(presenterKeyAction(event, event.key === 'p' ? explore : present)).toBeNull();
  });
});

describe('runPresenterAction', () => {
  function setup(hasStory: boolean) {
    const calls: string[] = [];
    const record = (name: string) => () => calls.push(name);
    const targets: PresenterTargets = {
      surface: { mode: 'present', isBlank: false },
      years: {
        next: record('year.next'),
        previous: record('year.previous'),
        first: record('year.first'),
        last: record('year.last'),
        togglePlay: record('year.togglePlay'),
      },
      story: hasStory
        ? { next: record('story.next'), previous: record('story.previous'), first: record('story.first'), last: record('story.last') }
        : null,
    };
    return { calls, targets };
  }

  it.each<[PresenterAction, boolean, string[]]>([
    ['next', false, ['year.next']],
    ['previous', false, ['year.previous']],
    ['first', false, ['year.first']],
    ['last', false, ['year.last']],
    ['togglePlay', false, ['year.togglePlay']],
    ['next', true, ['story.next']],
    ['previous', true, ['story.previous']],
    ['first', true, ['story.first']],
    ['last', true, ['story.last']],
    // In a story, space advances like a slide show.
    ['togglePlay', true, ['story.next']],
  ])('%s (story open: %s) steps %j', (action, hasStory, expected) => {
    const { calls, targets } = setup(hasStory);
    runPresenterAction(action, targets);
    expect(calls).toEqual(expected);
  });

  it('blanks, un-blanks and leaves, without stepping', () => {
    const { calls, targets } = setup(false);
    runPresenterAction('toggleBlank', targets);
    expect(targets.surface).toEqual({ mode: 'present', isBlank: true });
    runPresenterAction('toggleBlank', targets);
    expect(targets.surface.isBlank).toBe(false);
    runPresenterAction('toggleBlank', targets);
    runPresenterAction('unblank', targets);
    expect(targets.surface.isBlank).toBe(false);
    runPresenterAction('toggleBlank', targets);
    runPresenterAction('exit', targets);
    expect(targets.surface).toEqual({ mode: 'explore', isBlank: false });
    runPresenterAction('enter', targets);
    expect(targets.surface).toEqual({ mode: 'present', isBlank: false });
    expect(calls).toEqual([]);
  });
});
