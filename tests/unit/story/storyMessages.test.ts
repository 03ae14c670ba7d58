import { describe, expect, it } from 'vitest';
import type { StoryLoadError } from '../../../src/lib/story/loadStory';
import { storyLoadMessage } from '../../../src/lib/story/storyMessages';

describe('storyLoadMessage', () => {
  it.each<[StoryLoadError, string, string]>([
    [{ kind: 'not-found' }, 'There is no story named "tour".', '找不到故事“tour”。'],
    [{ kind: 'http', status: 500 }, 'The story "tour" could not be loaded: the server answered 500.', '故事“tour”无法加载：服务器返回 500。'],
    [
      { kind: 'invalid', problems: [{ step: 3, field: 'year', reason: 'expected a year' }, { step: 4, field: null, reason: 'x' }] },
      'The story file "tour" has 2 problem(s); the first: step 3, field "year": expected a year',
      '故事文件“tour”有 2 处错误，第一处：step 3, field "year": expected a year',
    ],
  ])('%j', (error, en, zh) => {
    expect(storyLoadMessage(error, 'tour', 'en')).toBe(en);
    expect(storyLoadMessage(error, 'tour', 'zh')).toBe(zh);
  });

  it.each<[StoryLoadError, unknown, unknown]>([
    [
      { kind: 'network', detail: 'TypeError: Failed to fetch' },
      {
        lead: 'The story "tour" could not be loaded: the connection was lost while it downloaded.',
        advice: 'Check the connection and reload the page.',
        detail: 'TypeError: Failed to fetch',
      },
      { lead: '故事“tour”无法加载：下载时网络连接中断了。', advice: '请检查网络连接后刷新页面。', detail: 'TypeError: Failed to fetch' },
    ],
    [
      { kind: 'not-json', detail: 'SyntaxError: Unexpected token \'<\', "<html>" is not valid JSON' },
      {
        lead: 'The story file "tour" is damaged: it is not valid JSON.',
        advice: "Tell the story's author; the map works as before.",
        detail: 'SyntaxError: Unexpected token \'<\', "<html>" is not valid JSON',
      },
      {
        lead: '故事文件“tour”已损坏：它不是有效的 JSON。',
        advice: '请告知故事的作者；地图仍可照常使用。',
        detail: 'SyntaxError: Unexpected token \'<\', "<html>" is not valid JSON',
      },
    ],
  ])('%j: a failure notice, the browser\'s words only in its technical details', (error, en, zh) => {
    expect(storyLoadMessage(error, 'tour', 'en')).toEqual(en);
    expect(storyLoadMessage(error, 'tour', 'zh')).toEqual(zh);
  });

  it('cuts a long name from the URL short', () => {
    const message = storyLoadMessage({ kind: 'bad-name' }, '<script>'.repeat(20), 'en');
    expect(message).toBe(
      `The story "${'<script>'.repeat(20).slice(0, 39)}…" named by the address's story parameter cannot be opened: story names use lowercase letters, digits and hyphens only.`,
    );
  });
});
