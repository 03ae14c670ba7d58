import { describe, expect, it } from 'vitest';
import { ShellState } from '../../../src/app/shellState.svelte';
import type { PlaceDisplay } from '../../../src/lib/state/pageMode';

describe('ShellState.isTableShown', () => {
  // Without WebGL the map is a 2D picture: the table shows only when chosen, as with WebGL.
  it.each([
    { display: 'map', isTableShown: false },
    { display: 'table', isTableShown: true },
  ] as { display: PlaceDisplay; isTableShown: boolean }[])('display=$display → table shown: $isTableShown', ({ display, isTableShown }) => {
    expect(new ShellState({ display }).isTableShown).toBe(isTableShown);
  });
});
