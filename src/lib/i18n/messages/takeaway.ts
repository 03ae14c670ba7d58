/**
 * What a reader takes away: the whole dataset to download (about dialog, table view) and the
 * embed's fallback image. Chinese first (the default); English mirrors its keys.
 */
export const zh = {
  'takeaway.download': '下载数据',
  'takeaway.downloadLabel': '下载数据：',
  'takeaway.downloadIntro': '整个数据集：每个县、每个品类、每一年的数值，附来源与出处。格式稳定，各列的含义写在 JSON 文件的 about 中。',
  'takeaway.downloadIntroYears': '整个数据集：每个县、每一年的数值，附来源与出处。格式稳定，各列的含义写在 JSON 文件的 about 中。',
  'takeaway.downloadCsv': 'CSV 表格',
  'takeaway.downloadJson': 'JSON（含各列说明）',
  'takeaway.fallback': '备用图片',
  'takeaway.fallbackIntro':
    '在不能运行 iframe 的地方（RSS 阅读器、电子邮件、AMP、新闻应用），代码显示这张 PNG 图片。下载图片，把它放在文章旁边，再填写它的地址。',
  'takeaway.fallbackDownload': '下载 PNG（{width}×{height}）',
  'takeaway.fallbackUrl': '图片地址',
  'takeaway.fallbackNone': '未填写图片地址：在不能运行 iframe 的地方，读者将什么也看不到。',
  'takeaway.fallbackSaved': '已保存 {name}',
  'takeaway.fallbackFailed': '未能生成图片：{message}',
  'takeaway.fallbackAlt': '{title}。{subtitle}。{source}',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'takeaway.download': 'Download the data',
  'takeaway.downloadLabel': 'Download the data:',
  'takeaway.downloadIntro':
    'The whole dataset: every county, category and year, with source and provenance. The format is stable; the JSON file’s “about” says what each column means.',
  'takeaway.downloadIntroYears':
    'The whole dataset: every county and year, with source and provenance. The format is stable; the JSON file’s “about” says what each column means.',
  'takeaway.downloadCsv': 'CSV table',
  'takeaway.downloadJson': 'JSON (with a description of each column)',
  'takeaway.fallback': 'Fallback image',
  'takeaway.fallbackIntro':
    'Where the iframe cannot run (RSS readers, e-mail, AMP, news apps) the code shows this PNG instead. Download it, put it beside your article and enter its address.',
  'takeaway.fallbackDownload': 'Download PNG ({width}×{height})',
  'takeaway.fallbackUrl': 'Image address',
  'takeaway.fallbackNone': 'No image address: where the iframe cannot run, readers will see nothing.',
  'takeaway.fallbackSaved': 'Saved {name}',
  'takeaway.fallbackFailed': 'The image could not be made: {message}',
  'takeaway.fallbackAlt': '{title}. {subtitle}. {source}',
};
