/**
 * What a reader takes away: the whole dataset to download (about dialog, table view) and the
 * embed's fallback image. Chinese first (the default); English mirrors its keys.
 */
export const zh = {
  'takeaway.downloadLabel': '下载数据：',
  'takeaway.downloadCsv': 'CSV 表格',
  'takeaway.downloadJson': 'JSON（含各列说明）',
  'takeaway.fallbackAlt': '{title}。{subtitle}。{source}',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'takeaway.downloadLabel': 'Download the data:',
  'takeaway.downloadCsv': 'CSV table',
  'takeaway.downloadJson': 'JSON (with a description of each column)',
  'takeaway.fallbackAlt': '{title}. {subtitle}. {source}',
};
