import { describe, expect, it } from 'vitest';
import { LazyComponent } from '../../../src/app/lazyComponent.svelte';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LazyComponent', () => {
  it('loads nothing until asked, then loads once however often it is asked', async () => {
    let loads = 0;
    const lazy = new LazyComponent(async () => {
      loads += 1;
      return { default: 'About' };
    });
    expect(lazy.current).toBe(null);
    expect(loads).toBe(0);
    lazy.request();
    lazy.request();
    await flush();
    lazy.request();
    expect(lazy.current).toBe('About');
    expect(loads).toBe(1);
  });

  it('loads again when asked after a failed load', async () => {
    let loads = 0;
    const lazy = new LazyComponent(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return { default: 'Export' };
    });
    const failures: unknown[] = [];
    const onRejection = (reason: unknown) => failures.push(reason);
    process.on('unhandledRejection', onRejection);
    lazy.request();
    await flush();
    process.off('unhandledRejection', onRejection);
    expect(lazy.current).toBe(null);
    expect(failures).toEqual([new Error('offline')]);
    lazy.request();
    await flush();
    expect(lazy.current).toBe('Export');
    expect(loads).toBe(2);
  });
});
