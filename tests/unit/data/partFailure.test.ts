/**
 * A category's values, or the county panel's belts or lists, that could not be loaded are
 * explained in the page's language: what did not load, why, what to try; the browser's words are
 * kept only for the technical details.
 */
import { describe, expect, it } from 'vitest';
import { LoadError } from '../../../src/lib/data/fetchJson';
import { partFailureText } from '../../../src/lib/data/partFailure';

const FILE = 'geodata/datasets/belts/belts.json';

describe('partFailureText', () => {
  it('belts lost to the connection: what, why and what to try in each language, the same detail', () => {
    const error = new LoadError(FILE, 'network', null, 'network error (Failed to fetch)');
    expect(partFailureText('belts', error, 'zh')).toEqual({
      lead: '无法载入该县的产业带。下载时网络连接中断了。',
      advice: '请检查网络连接后刷新页面。',
      detail: `LoadError: ${FILE}: network error (Failed to fetch)`,
      kind: 'network',
    });
    expect(partFailureText('belts', error, 'en')).toEqual({
      lead: "The county's belts could not be loaded. The connection was lost while they downloaded.",
      advice: 'Check the connection and reload the page.',
      detail: `LoadError: ${FILE}: network error (Failed to fetch)`,
      kind: 'network',
    });
  });

  it.each([
    ['lists', new LoadError(FILE, 'http', 404, 'HTTP 404'), 'missing', '无法载入名单。服务器上找不到所需的文件。', 'The lists could not be loaded. The files it needs are not on the server.'],
    ['category', new LoadError(FILE, 'http', 500, 'HTTP 500'), 'server', '无法载入该品类的数据。服务器出错了。', 'The data of this category could not be loaded. The server had an error.'],
    ['category', new LoadError(FILE, 'parse', 200, 'not valid JSON (Unexpected token)'), 'damaged', '无法载入该品类的数据。所需的文件已损坏或不完整。', 'The data of this category could not be loaded. The files it needs are damaged or incomplete.'],
  ] as const)('%s, %s: %s', (part, error, kind, zh, en) => {
    const chinese = partFailureText(part, error, 'zh');
    // The kind the notice is marked with, found once with the words.
    expect(chinese.kind).toBe(kind);
    expect(chinese.lead).toBe(zh);
    expect(chinese.advice).toBe('请稍后刷新页面再试。');
    // The browser's English stays out of the Chinese lines.
    expect(`${chinese.lead}${chinese.advice}`).not.toMatch(/[A-Za-z]/);
    expect(partFailureText(part, error, 'en').lead).toBe(en);
    expect(partFailureText(part, error, 'en').advice).toBe('Reload the page in a while and try again.');
  });
});
