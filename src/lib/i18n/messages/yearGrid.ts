/** The year grid: maps of several years side by side. Chinese first (the default); English mirrors its keys. */
export const zh = {
  'yearGrid.open': '年份对比',
  'yearGrid.years': '对比的年份',
  'yearGrid.hint': '选 2–{most} 个年份；时间轴同时移动每幅地图。',
  'yearGrid.mapLabel': '{layer}地图：{years}',
  'yearGrid.since': '{year}起',
  'yearGrid.failed': '无法绘制年份对比（{message}）：它需要 WebGL，而此浏览器不支持或已关闭 WebGL。单幅地图仍可使用。',
  'yearGrid.backToSingleMap': '回到单幅地图',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'yearGrid.open': 'Compare years',
  'yearGrid.years': 'Years side by side',
  'yearGrid.hint': 'Choose 2 to {most} years; the timeline moves every map.',
  'yearGrid.mapLabel': 'Maps of {layer}: {years}',
  'yearGrid.since': 'since {year}',
  'yearGrid.failed': 'The years side by side could not be drawn ({message}): they need WebGL, which this browser does not support or has turned off. The single map still works.',
  'yearGrid.backToSingleMap': 'Back to the single map',
};
