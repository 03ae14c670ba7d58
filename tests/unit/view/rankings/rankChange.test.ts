import { describe, expect, it } from 'vitest';
import { rankChangeOf } from '../../../../src/lib/view/rankings/rankChange';

describe('rankChangeOf', () => {
  it.each([
    { rankChange: 3, isFirstYear: false, kind: 'up', zh: ['▲3', '上升 3 位'], en: ['▲3', 'up 3'] },
    { rankChange: -2, isFirstYear: false, kind: 'down', zh: ['▼2', '下降 2 位'], en: ['▼2', 'down 2'] },
    { rankChange: 0, isFirstYear: false, kind: 'same', zh: ['–', '名次不变'], en: ['–', 'unchanged'] },
    { rankChange: null, isFirstYear: false, kind: 'new', zh: ['新', '新上榜'], en: ['new', 'new in the ranking'] },
    { rankChange: null, isFirstYear: true, kind: 'first-year', zh: ['', '首年，无对比'], en: ['', 'first year, nothing to compare'] },
  ] as const)('$kind ($rankChange)', ({ rankChange, isFirstYear, kind, zh, en }) => {
    const inZh = rankChangeOf({ rankChange }, isFirstYear, 'zh');
    expect([inZh.kind, inZh.mark, inZh.label]).toEqual([kind, ...zh]);
    const inEn = rankChangeOf({ rankChange }, isFirstYear, 'en');
    expect([inEn.mark, inEn.label]).toEqual(en);
  });
});
