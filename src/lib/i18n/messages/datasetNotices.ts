/**
 * A dataset the address named that the page cannot show, and what it shows instead (loaded with
 * the notice that says it, so the first view does not download these words). Chinese first;
 * English mirrors its keys.
 */
import { addMessages } from '../lazyMessages';

export const zh = {
  'datasetNotice.unknown': '没有名为“{id}”的数据集：现显示“{title}”，可在“数据集”中换一个。',
  'datasetNotice.ownMissing': '链接中的数据集“{id}”只保存在打开它的浏览器中，本浏览器没有：现显示默认数据集。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'datasetNotice.unknown': 'There is no dataset named “{id}”: “{title}” is shown instead; choose another under Dataset.',
  'datasetNotice.ownMissing': 'The dataset “{id}” in the link lives only in the browser that opened it, not in this one: the default dataset is shown.',
};

addMessages(zh, en);
