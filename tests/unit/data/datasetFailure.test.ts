/**
 * A dataset that could not be loaded is explained in the page's language, by what went wrong, with
 * what still works and what to try; the browser's words are kept only for the technical details.
 */
import { describe, expect, it } from 'vitest';
import { datasetFailureText } from '../../../src/lib/data/datasetFailure';
import { LoadError } from '../../../src/lib/data/fetchJson';

const FILE = 'geodata/datasets/taobao-villages/meta.json';

describe('datasetFailureText', () => {
  it('a file the server does not have (404): missing, the map kept, reload or choose another', () => {
    const error = new LoadError(FILE, 'http', 404, 'HTTP 404');
    expect(datasetFailureText(error, 'zh')).toEqual({
      lead: '无法载入该数据集：服务器上找不到它的文件。地图仍显示原数据集，可以照常使用。',
      advice: '请刷新页面后再选一次；如果仍然不行，请选择其他数据集。',
      detail: `LoadError: ${FILE}: HTTP 404`,
      kind: 'missing',
    });
    expect(datasetFailureText(error, 'en')).toEqual({
      lead: 'The dataset could not be loaded: its files are not on the server. The map still shows the previous dataset, which works as before.',
      advice: 'Reload the page and choose it again; if it still fails, choose another dataset.',
      detail: `LoadError: ${FILE}: HTTP 404`,
      kind: 'missing',
    });
  });

  it.each([
    [new LoadError(FILE, 'http', 503, 'HTTP 503'), 'server', '无法载入该数据集：服务器出错了。', '请稍后再选一次。'],
    [new LoadError(FILE, 'network', null, 'network error (Failed to fetch)'), 'network', '无法载入该数据集：下载时网络连接中断了。', '请检查网络连接后再选一次。'],
    [new LoadError(FILE, 'parse', 200, 'not valid JSON (Unexpected token)'), 'damaged', '无法载入该数据集：它的文件已损坏或不完整。', '请刷新页面后再选一次；如果仍然不行，请选择其他数据集。'],
    [new LoadError(FILE, 'invalid', null, 'expected an object with a non-empty "years" array'), 'damaged', '无法载入该数据集：它的文件已损坏或不完整。', '请刷新页面后再选一次；如果仍然不行，请选择其他数据集。'],
    [new TypeError('Failed to fetch'), 'network', '无法载入该数据集：下载时网络连接中断了。', '请检查网络连接后再选一次。'],
  ])('%s: %s', (error, kind, what, advice) => {
    const text = datasetFailureText(error, 'zh');
    expect(text.kind).toBe(kind);
    expect(text.lead).toBe(`${what}地图仍显示原数据集，可以照常使用。`);
    expect(text.advice).toBe(advice);
    // The browser's English stays out of the Chinese lines.
    expect(`${text.lead}${text.advice}`).not.toMatch(/[A-Za-z]/);
  });
});
