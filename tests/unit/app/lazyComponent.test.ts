import { describe, expect, it } from 'vitest';
import { LazyComponent } from '../../../src/app/lazyComponent.svelte';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LazyComponent', () => {
  it('loads nothing until asked, then loads once however often it is asked', async () => {
    let loads = 0;
    const lazy = new LazyComponent(
      async () => {
        loads += 1;
        return { default: 'About' };
      },
      () => undefined,
    );
    expect(lazy.current).toBe(null);
    expect(loads).toBe(0);
    lazy.request();
    lazy.request();
    await flush();
    lazy.request();
    expect(lazy.current).toBe('About');
    expect(loads).toBe(1);
  });

  it('tells of a failed load, and loads again when asked after it', async () => {
    let loads = 0;
    const failures: Error[] = [];
    const lazy = new LazyComponent(
      async () => {
        loads += 1;
        if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return { default: 'Export' };
      },
      (error) => failures.push(error),
    );
    lazy.request();
    await flush();
    expect(lazy.current).toBe(null);
    expect(failures).toEqual([new TypeError('Failed to fetch dynamically imported module')]);
    lazy.request();
    await flush();
    expect(lazy.current).toBe('Export');
    expect(loads).toBe(2);
    expect(failures.length).toBe(1);
  });
});
