/** The reader's own datasets in the dataset switch: kept in this browser, removed (one the address names that this browser does not keep: datasetNotices.ts). Chinese first; English mirrors its keys. */
export const zh = {
  'ownDataset.published': '已发布的数据集',
  'ownDataset.thisBrowser': '你的数据（仅存于本浏览器）',
  'ownDataset.remove': '从本浏览器删除此数据集',
  'ownDataset.confirm': '从本浏览器删除“{title}”？原文件不受影响。',
  'ownDataset.confirmRemove': '删除',
  'ownDataset.keep': '保留',
  'ownDataset.removed': '已从本浏览器删除“{title}”。',
  'ownDataset.notKept': '本浏览器无法保存数据（例如隐私窗口）：此数据集只在本次访问中显示，关闭页面后不会保留。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'ownDataset.published': 'Published datasets',
  'ownDataset.thisBrowser': 'Your data (kept in this browser only)',
  'ownDataset.remove': 'Remove this dataset from this browser',
  'ownDataset.confirm': 'Remove “{title}” from this browser? Your file is not touched.',
  'ownDataset.confirmRemove': 'Remove',
  'ownDataset.keep': 'Keep',
  'ownDataset.removed': 'Removed “{title}” from this browser.',
  'ownDataset.notKept': 'This browser cannot keep data (a private window, for instance): this dataset is shown for this visit only and is gone when the page closes.',
};
