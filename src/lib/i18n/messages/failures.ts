/**
 * A failure the reader did not cause, said in the page's language: what happened, what still
 * works, what to try; the browser's own words go under a closed "technical details" (loaded with
 * the notice that shows them, so the first view does not download them). Chinese first; English
 * mirrors its keys.
 */
import { addMessages } from '../lazyMessages';

export const zh = {
  'failure.detail': '技术细节',
  'dataset.failure.missing': '无法载入该数据集：服务器上找不到它的文件。',
  'dataset.failure.network': '无法载入该数据集：下载时网络连接中断了。',
  'dataset.failure.server': '无法载入该数据集：服务器出错了。',
  'dataset.failure.damaged': '无法载入该数据集：它的文件已损坏或不完整。',
  'dataset.failure.kept': '地图仍显示原数据集，可以照常使用。',
  'dataset.failure.missingAdvice': '请刷新页面后再选一次；如果仍然不行，请选择其他数据集。',
  'dataset.failure.networkAdvice': '请检查网络连接后再选一次。',
  'dataset.failure.serverAdvice': '请稍后再选一次。',
  'dataset.failure.damagedAdvice': '请刷新页面后再选一次；如果仍然不行，请选择其他数据集。',
  'export.failure.memory': '无法导出：浏览器生成这个文件时内存不足。',
  'export.failure.network': '无法导出：下载导出所需的数据时网络连接中断了。',
  'export.failure.other': '无法导出：浏览器没能生成这个文件。',
  'export.failure.kept': '地图没有改变。',
  'export.failure.memoryAdvice': '请关闭其他标签页，或选择较小的尺寸、较短的年份范围后再试。',
  'export.failure.networkAdvice': '请检查网络连接后再试。',
  'export.failure.otherAdvice': '请再试一次；如果仍然不行，请刷新页面，或换一种格式。',
  'ownData.mapFailure.memory': '无法制图：浏览器把数据画成地图时内存不足。',
  'ownData.mapFailure.other': '无法制图：本页把数据画成地图时出错了，并不是发现了文件中的问题。',
  'ownData.mapFailure.kept': '地图仍显示原来的内容。',
  'ownData.mapFailure.memoryAdvice': '请关闭其他标签页后再试，或把文件拆成几个较小的文件。',
  'ownData.mapFailure.otherAdvice': '请再试一次；如果再次出现，请刷新页面。',
};

export const en: Record<keyof typeof zh, string> = {
  'failure.detail': 'Technical details',
  'dataset.failure.missing': 'The dataset could not be loaded: its files are not on the server.',
  'dataset.failure.network': 'The dataset could not be loaded: the connection was lost while it downloaded.',
  'dataset.failure.server': 'The dataset could not be loaded: the server had an error.',
  'dataset.failure.damaged': 'The dataset could not be loaded: its files are damaged or incomplete.',
  'dataset.failure.kept': 'The map still shows the previous dataset, which works as before.',
  'dataset.failure.missingAdvice': 'Reload the page and choose it again; if it still fails, choose another dataset.',
  'dataset.failure.networkAdvice': 'Check the connection and choose it again.',
  'dataset.failure.serverAdvice': 'Choose it again in a while.',
  'dataset.failure.damagedAdvice': 'Reload the page and choose it again; if it still fails, choose another dataset.',
  'export.failure.memory': 'The export could not be made: the browser ran out of memory making the file.',
  'export.failure.network': 'The export could not be made: the connection was lost while it downloaded the data it needs.',
  'export.failure.other': 'The export could not be made: the browser could not make the file.',
  'export.failure.kept': 'The map is unchanged.',
  'export.failure.memoryAdvice': 'Close other tabs, or choose a smaller size or fewer years, and try again.',
  'export.failure.networkAdvice': 'Check the connection and try again.',
  'export.failure.otherAdvice': 'Try again; if it still fails, reload the page or choose another format.',
  'ownData.mapFailure.memory': 'The data could not be mapped: the browser ran out of memory drawing it.',
  'ownData.mapFailure.other': 'The data could not be mapped: the page hit an error of its own drawing it, not a problem found in your file.',
  'ownData.mapFailure.kept': 'The map still shows what it showed before.',
  'ownData.mapFailure.memoryAdvice': 'Close other tabs and try again, or split the file into smaller ones.',
  'ownData.mapFailure.otherAdvice': 'Try again; if it happens again, reload the page.',
};

addMessages(zh, en);
