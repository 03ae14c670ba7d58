/**
 * Data read without a problem that could not be drawn as a map is explained in the page's
 * language, by what went wrong, with what to try; the browser's words only in the details.
 */
import { describe, expect, it } from 'vitest';
import { mapFailureText } from '../../../src/lib/ownData/mapFailure';

describe('mapFailureText', () => {
  it('out of memory: close tabs or split the file', () => {
    const error = new RangeError('Array buffer allocation failed');
    expect(mapFailureText(error, 'zh')).toEqual({
      lead: '无法制图：浏览器把数据画成地图时内存不足。地图仍显示原来的内容。',
      advice: '请关闭其他标签页后再试，或把文件拆成几个较小的文件。',
      detail: 'RangeError: Array buffer allocation failed',
    });
    expect(mapFailureText(error, 'en')).toEqual({
      lead: 'The data could not be mapped: the browser ran out of memory drawing it. The map still shows what it showed before.',
      advice: 'Close other tabs and try again, or split the file into smaller ones.',
      detail: 'RangeError: Array buffer allocation failed',
    });
  });

  it('any other error: the page’s own, not the file’s; try again', () => {
    expect(mapFailureText(new Error('storage is full'), 'zh')).toEqual({
      lead: '无法制图：本页把数据画成地图时出错了，并不是发现了文件中的问题。地图仍显示原来的内容。',
      advice: '请再试一次；如果再次出现，请刷新页面。',
      detail: 'Error: storage is full',
    });
  });
});
