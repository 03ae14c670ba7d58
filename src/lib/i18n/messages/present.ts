/** Presenter mode and stories. Chinese first (the default); English mirrors its keys. */
export const zh = {
  'present.enter': '演示',
  'present.enterLabel': '进入演示模式（P）',
  'story.error.badName': '无法打开地址中 story 参数所指的故事“{name}”：故事名称只能包含小写字母、数字和连字符。',
  'story.error.notFound': '找不到故事“{name}”。',
  'story.error.http': '故事“{name}”无法加载：服务器返回 {status}。',
  'story.error.invalid': '故事文件“{name}”有 {count} 处错误，第一处：{problem}',
  'story.error.otherDataset': '故事“{name}”讲的是另一个数据集（{dataset}）。',
  'story.error.datasetUnavailable': '故事“{name}”所讲的数据集“{dataset}”无法显示。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'present.enter': 'Present',
  'present.enterLabel': 'Present: enter presenter mode (P)',
  'story.error.badName': 'The story "{name}" named by the address\'s story parameter cannot be opened: story names use lowercase letters, digits and hyphens only.',
  'story.error.notFound': 'There is no story named "{name}".',
  'story.error.http': 'The story "{name}" could not be loaded: the server answered {status}.',
  'story.error.invalid': 'The story file "{name}" has {count} problem(s); the first: {problem}',
  'story.error.otherDataset': 'The story "{name}" is about another dataset ({dataset}).',
  'story.error.datasetUnavailable': 'The story "{name}" is about the dataset "{dataset}", which could not be shown.',
};
