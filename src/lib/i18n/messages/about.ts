/** The “about the data” dialog. Chinese first (the default); English mirrors its keys. */
export const zh = {
  'about.open': '关于数据',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'about.open': 'About the data',
};
