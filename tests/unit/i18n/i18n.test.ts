import { describe, expect, it } from 'vitest';
import { pickLang, t } from '../../../src/lib/i18n/i18n';
import { en, MESSAGE_PARTS, zh } from '../../../src/lib/i18n/messages';
// The dialogs' parts add their words when loaded: loaded here, so every key is checked.
import * as aboutDialog from '../../../src/lib/i18n/messages/aboutDialog';
import * as embedDialog from '../../../src/lib/i18n/messages/embedDialog';
import * as exportDialog from '../../../src/lib/i18n/messages/exportDialog';
import * as importProblems from '../../../src/lib/i18n/messages/importProblems';
import * as failures from '../../../src/lib/i18n/messages/failures';
import * as datasetNotices from '../../../src/lib/i18n/messages/datasetNotices';
import * as ownDataDialog from '../../../src/lib/i18n/messages/ownDataDialog';
import * as presenter from '../../../src/lib/i18n/messages/presenter';

const ALL_PARTS = [...MESSAGE_PARTS, aboutDialog, datasetNotices, embedDialog, exportDialog, failures, importProblems, ownDataDialog, presenter];

describe('pickLang', () => {
  it.each([
    { url: 'en', nav: ['zh-CN'], expected: 'en' },
    { url: 'zh', nav: ['en-US'], expected: 'zh' },
    { url: 'fr', nav: ['en-GB', 'zh'], expected: 'en' },
    { url: null, nav: ['de-DE', 'zh-TW', 'en'], expected: 'zh' },
    { url: null, nav: ['de-DE', 'EN-us'], expected: 'en' },
    { url: null, nav: ['ja', 'de'], expected: 'zh' },
    { url: null, nav: [], expected: 'zh' },
    { url: '', nav: ['en'], expected: 'en' },
  ])('?lang=$url with $nav → $expected', ({ url, nav, expected }) => {
    expect(pickLang(url, nav)).toBe(expected);
  });
});

describe('t', () => {
  it.each([
    { key: 'timeline.play', lang: 'zh', expected: '播放' },
    { key: 'timeline.play', lang: 'en', expected: 'Play' },
    { key: 'timeline.pause', lang: 'zh', expected: '暂停' },
    { key: 'timeline.pause', lang: 'en', expected: 'Pause' },
  ] as const)('$key in $lang → $expected', ({ key, lang, expected }) => {
    expect(t(key, lang)).toBe(expected);
  });

  it('fills every placeholder', () => {
    expect(t('tooltip.rankValue', 'zh', { rank: 3, total: 812 })).toBe('第 3 / 812');
    expect(t('tooltip.rankValue', 'en', { rank: 3, total: 812 })).toBe('3 of 812');
  });
});

describe('dictionaries', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(Object.keys(zh) as (keyof typeof zh)[])('%s has the same placeholders and a text in both languages', (key) => {
    expect(en[key].trim()).not.toBe('');
    expect(zh[key].trim()).not.toBe('');
    expect(placeholders(en[key])).toEqual(placeholders(zh[key]));
  });

  it('no key is defined in two message parts (a later part would silently win)', () => {
    const keys = ALL_PARTS.flatMap((part) => Object.keys(part.zh));
    expect(keys.length).toBe(new Set(keys).size);
    expect(new Set(keys).size).toBe(Object.keys(zh).length);
  });

  it('English has no key that Chinese lacks', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('English names a 百亿 belt one way: "10 bn yuan belt", never "10 bn belt"', () => {
    const over100Yi = Object.entries(en).filter(([key]) => zh[key as keyof typeof zh].includes('百亿'));
    const wordings = over100Yi.map(([key, text]) => `${key}: ${text}`);
    expect(wordings.filter((line) => /10 bn(?! yuan)/.test(line))).toEqual([]);
    expect(wordings.filter((line) => /10 bn yuan/.test(line)).length).toBeGreaterThanOrEqual(10);
  });
});
