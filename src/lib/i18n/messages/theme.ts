/** The dark theme: its toggle, and the theme options of the export and embed dialogs. Chinese first (the default); English mirrors its keys. */
export const zh = {
  'theme.dark': '深色主题',
  'theme.exportLegend': '主题',
  'theme.asShown': '与页面相同',
  'theme.light': '浅色',
  'theme.darkOption': '深色',
  'theme.embedLegend': '主题',
  'theme.embedSystem': '随读者系统',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'theme.dark': 'Dark theme',
  'theme.exportLegend': 'Theme',
  'theme.asShown': 'As shown',
  'theme.light': 'Light',
  'theme.darkOption': 'Dark',
  'theme.embedLegend': 'Theme',
  'theme.embedSystem': "Reader's system",
};
