/** Presenter mode (loaded with it): its controls, captions and help. Chinese first; English mirrors its keys. */
import { addMessages } from '../lazyMessages';

export const zh = {
  'present.region': '演示模式',
  'present.exit': '退出演示（Esc）',
  'present.fullscreen': '全屏',
  'present.hint': '← → 切换 · 空格 播放 · B 黑屏 · Esc 退出',
  'present.blanked': '屏幕已变黑，按 B 恢复',
  'story.loading': '正在加载故事…',
  'story.counter': '第 {step} 步，共 {count} 步',
  'story.previous': '上一步',
  'story.next': '下一步',
  'story.end': '故事结束 · 按 Esc 返回地图',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'present.region': 'Presenter mode',
  'present.exit': 'Leave presenter mode (Esc)',
  'present.fullscreen': 'Full screen',
  'present.hint': '← → step · Space play · B blank · Esc leave',
  'present.blanked': 'Screen blanked; press B to show the map',
  'story.loading': 'Loading the story…',
  'story.counter': 'Step {step} of {count}',
  'story.previous': 'Previous step',
  'story.next': 'Next step',
  'story.end': 'End of the story · press Esc to return to the map',
};

addMessages(zh, en);
