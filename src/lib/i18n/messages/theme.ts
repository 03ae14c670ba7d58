/** The dark theme: its toggle, and the theme options of the export and embed dialogs. Chinese first (the default); English mirrors its keys. */
export const zh = {
  'theme.dark': '深色主题',
  'theme.light': '浅色',
  'theme.darkOption': '深色',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'theme.dark': 'Dark theme',
  'theme.light': 'Light',
  'theme.darkOption': 'Dark',
};
