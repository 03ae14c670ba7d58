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

describe('ShellState.lazy', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('lists a part whose code failed to load, once however often it fails, until retried; a retry that loads it leaves none', async () => {
    const shell = new ShellState({ display: 'map' });
    let isOnline = false;
    const table = shell.lazy('table', async () => {
      if (!isOnline) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: 'TableView' };
    });
    const about = shell.lazy('about', async () => ({ default: 'AboutDialog' }));
    table.request();
    about.request();
    await flush();
    expect(shell.failedParts.map(({ part, error }) => [part, error.message])).toEqual([['table', 'Failed to fetch dynamically imported module']]);
    expect(about.current).toBe('AboutDialog');

    shell.failedParts[0]!.retry();
    expect(shell.failedParts).toEqual([]);
    await flush();
    expect(shell.failedParts.map(({ part }) => part)).toEqual(['table']);

    isOnline = true;
    shell.failedParts[0]!.retry();
    await flush();
    expect(shell.failedParts).toEqual([]);
    expect(table.current).toBe('TableView');
  });

  it('takes a failed part off the list when dismissed, and lists it again when it is next asked for and fails', async () => {
    const shell = new ShellState({ display: 'map' });
    let loads = 0;
    const table = shell.lazy('table', async () => {
      loads++;
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    table.request();
    await flush();
    shell.failedParts[0]!.dismiss();
    expect(shell.failedParts).toEqual([]);
    expect(loads).toBe(1);

    table.request();
    await flush();
    expect(loads).toBe(2);
    expect(shell.failedParts.map(({ part }) => part)).toEqual(['table']);
  });
});
