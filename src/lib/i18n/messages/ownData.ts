/** The reader's own data: the open-data dialog, the drop overlay, the spread threshold, the link notes. Chinese first; English mirrors its keys. */
export const zh = {
  'ownData.open': '打开你的数据',
  'ownData.dropHere': '松开即可打开此文件（只在本浏览器中读取）',
  'ownData.yuan': '元',
  'ownData.thresholdInvalid': '门槛须是大于 0 的数。',
  'ownData.spreadThreshold': '门槛（{unit}）',
  'ownData.spreadThresholdLabel': '扩散图层的门槛，单位 {unit}',
  'ownData.applyThreshold': '应用',
  'ownData.applyingThreshold': '正在重新计算…',
  'ownData.linkNote':
    '你的数据只保存在本浏览器中，链接无法携带它：别人打开此链接会看到默认数据集。要分享，请发布你自己的地图：用 npm run data:import 导入文件，再构建并部署网站（见项目中的 docs/publish.md）。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'ownData.open': 'Open your data',
  'ownData.dropHere': 'Drop to open this file (read in this browser only)',
  'ownData.yuan': 'yuan',
  'ownData.thresholdInvalid': 'The threshold must be a number above 0.',
  'ownData.spreadThreshold': 'Threshold ({unit})',
  'ownData.spreadThresholdLabel': 'Threshold of the spread layer, in {unit}',
  'ownData.applyThreshold': 'Apply',
  'ownData.applyingThreshold': 'Recomputing…',
  'ownData.linkNote':
    'Your data lives only in this browser, and a link cannot carry it: anyone else opening this link sees the default dataset. To share it, publish your own atlas: import the file with npm run data:import, then build and deploy the site (docs/publish.md in the project).',
};
