import { describe, expect, it } from 'vitest';
import { ShellState } from '../../../src/app/shellState.svelte';
import type { PlaceDisplay } from '../../../src/lib/state/pageMode';

describe('ShellState.isTableShown', () => {
  it.each([
    { display: 'map', canDrawMap: true, isTableShown: false },
    { display: 'table', canDrawMap: true, isTableShown: true },
    { display: 'map', canDrawMap: false, isTableShown: true },
    { display: 'table', canDrawMap: false, isTableShown: true },
  ] as { display: PlaceDisplay; canDrawMap: boolean; isTableShown: boolean }[])(
    'display=$display, map drawable: $canDrawMap → table shown: $isTableShown',
    ({ display, canDrawMap, isTableShown }) => {
      const shell = new ShellState({ display });
      shell.canDrawMap = canDrawMap;
      expect(shell.isTableShown).toBe(isTableShown);
    },
  );
});
