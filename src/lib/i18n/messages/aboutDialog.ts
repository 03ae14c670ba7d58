/** The about-the-data dialog (loaded with it): the dataset, its rule, its sources and the national series. Chinese first; English mirrors its keys. */
import { addMessages } from '../lazyMessages';

export const zh = {
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
  'about.years': '年份：{from}–{to}',
  'about.sources': '来源',
  'about.measure': '度量：{measure}，单位：{unit}',
  'about.nationalSeries': '全国{measure}',
  'about.seriesListed': '有完整县级名单（地图所示年份）',
  'about.seriesTotalOnly': '仅有全国总数',
  'about.seriesAsOf': '截至{date}',
  'about.seriesYear': '年份',
  'about.seriesNote': '说明',
  'takeaway.download': '下载数据',
  'takeaway.downloadIntro': '整个数据集：每个县、每个品类、每一年的数值，附来源与出处。格式稳定，各列的含义写在 JSON 文件的 about 中。',
  'takeaway.downloadIntroYears': '整个数据集：每个县、每一年的数值，附来源与出处。格式稳定，各列的含义写在 JSON 文件的 about 中。',
} as const;

export const en: Record<keyof typeof zh, string> = {
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
  'about.years': 'Years: {from}–{to}',
  'about.sources': 'Sources',
  'about.measure': 'Measure: {measure}; unit: {unit}',
  'about.nationalSeries': '{measure} nationally',
  'about.seriesListed': 'complete county list (years on the map)',
  'about.seriesTotalOnly': 'national total only',
  'about.seriesAsOf': 'as of {date}',
  'about.seriesYear': 'Year',
  'about.seriesNote': 'Note',
  'takeaway.download': 'Download the data',
  'takeaway.downloadIntro':
    'The whole dataset: every county, category and year, with source and provenance. The format is stable; the JSON file’s “about” says what each column means.',
  'takeaway.downloadIntroYears':
    'The whole dataset: every county and year, with source and provenance. The format is stable; the JSON file’s “about” says what each column means.',
};

addMessages(zh, en);
