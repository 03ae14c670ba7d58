/** Rough edges on a phone: the place panel's sheet. Chinese first (the default); English mirrors its keys. */
export const zh = {
  'edges.sheetExpand': '展开',
  'edges.sheetExpandLabel': '展开地点面板',
  'edges.sheetCollapse': '收起',
  'edges.sheetCollapseLabel': '收起地点面板，露出地图',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'edges.sheetExpand': 'More',
  'edges.sheetExpandLabel': 'More of the place panel',
  'edges.sheetCollapse': 'Less',
  'edges.sheetCollapseLabel': 'Less of the place panel, more of the map',
};
