/**
 * Parameters of the opening address that the page could not use (loaded with the notice that names
 * them, so the first view does not download these words). Chinese first; English mirrors its keys.
 */
import { addMessages } from '../lazyMessages';

export const zh = {
  'linkNotice.ignoredOne': '链接中的这项设置无法使用，地图显示的是默认值：{list}',
  'linkNotice.ignored': '链接中的这些设置无法使用，地图显示的是默认值：{list}',
  'linkNotice.separator': '、',
  'linkNotice.close': '关闭',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'linkNotice.ignoredOne': 'This setting in the link could not be used, so the map shows its default instead: {list}',
  'linkNotice.ignored': 'These settings in the link could not be used, so the map shows the defaults instead: {list}',
  'linkNotice.separator': ', ',
  'linkNotice.close': 'Close',
};

addMessages(zh, en);
