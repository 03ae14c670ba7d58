import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateInUrl, sourceLanguageProblems, sourceProblems } from '../../../scripts/lib/sourcePlausibility';
import type { SourceRecord } from '../../../src/lib/domain/contract';

const TODAY = new Date('2026-06-01T00:00:00Z');

describe('sourceProblems', () => {
  it.each<[string, Omit<SourceRecord, 'id'>]>([
    ['a dated article', { title: 't', date: '2005', url: 'http://www.gmw.cn/01gmrb/2005-08/31/content_297375.htm' }],
    ['a report without URL', { title: 't', date: '2021' }],
    ['a full date', { title: 't', date: '2024-01-26', url: 'http://en.people.cn/n3/2024/0126/c90000-20127469.html' }],
    ['a page with a query', { title: 't', date: '2023', url: 'http://shdrc.org.cn/qypd/cjhsq/view.php?id=35370' }],
    ['no date', { title: 't', url: 'https://github.com/yescallop/areacodes' }],
  ])('accepts %s', (_, source) => {
    expect(sourceProblems({ id: 's', ...source }, TODAY)).toEqual([]);
  });

  it.each<[string, Omit<SourceRecord, 'id'>, RegExp]>([
    ['a test page', { title: 't', url: 'http://news.calyptus.net/test/mqq.php?mfi=MOHBE.html' }, /test or staging page/],
    ['a staging site', { title: 't', url: 'https://staging.reportify.cn/tags/concept?tagValue=x' }, /test or staging page/],
    ['a query on the root', { title: 't', url: 'http://javascriptjump.com/?ee=zKw.html' }, /names no page/],
    ['a bare IP address', { title: 't', url: 'http://61.152.230.22/news,cjpl,55527476.html' }, /no domain name/],
    ['another scheme', { title: 't', url: 'ftp://example.org/report.pdf' }, /not http or https/],
    ['no URL at all', { title: 't', url: 'see the report' }, /does not parse/],
    ['a malformed date', { title: 't', date: '2021/05' }, /not yyyy/],
    ['a day that does not exist', { title: 't', date: '2023-02-30' }, /not a calendar date/],
    ['a date before e-commerce', { title: 't', date: '1985' }, /before 1995/],
    ['a date in the future', { title: 't', date: '2027' }, /future/],
    ['a figure newer than its article', { title: 't', date: '2024', url: 'http://haiyan.gqsoso.com/haiyan/20230118/580655.html' }, /later than the date in its URL \(2023-01-18\)/],
  ])('rejects %s', (_, source, reason) => {
    const problems = sourceProblems({ id: 's', ...source }, TODAY);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(reason);
  });

  it.each([
    ['http://china.zjol.com.cn/05china/system/2006/04/30/006599723.shtml', '2006-04-30'],
    ['http://paper.bzrb.net/bzrb/20230214/html/content_20230214001007.htm', '2023-02-14'],
    ['http://ecfanr.cn/news/201712/3346.html', '2017-12'],
    ['http://lyg01.net/temp/zt2018/fchsl/gg/2018/0913/125054.shtml', '2018-09-13'],
    ['https://newsflash.city/2402/84909b1859f65733.html', null],
    ['http://hk.fjsen.com/wap/2017-07/21/content_19829263.htm', '2017-07-21'],
  ])('reads the date in %s as %s', (url, date) => {
    expect(dateInUrl(url)).toBe(date);
  });
});

describe('sourceLanguageProblems: a source written in Chinese has an English line for the English interface', () => {
  it.each<[string, Omit<SourceRecord, 'id'>]>([
    ['an English title', { title: 'Taobao villages 5,425 (as of June 2020)', publisher: 'Yicai Global' }],
    ['a Chinese title with its English line', { title: '2021中国数字化产业带报告', english: { title: 'China digital industrial belts report 2021' } }],
    [
      'a Chinese publisher with its English line',
      { title: '数智化电商产业带发展研究报告', publisher: '中国市场学会', english: { title: 'Research report on digital e-commerce belts', publisher: 'China Marketing Association' } },
    ],
  ])('accepts %s', (_, source) => {
    expect(sourceLanguageProblems({ id: 's', ...source })).toEqual([]);
  });

  it.each<[string, Omit<SourceRecord, 'id'>, string[]]>([
    ['a Chinese title alone', { title: '曹县汉服: 汉服销售额' }, ['source s: title "曹县汉服: 汉服销售额" is in Chinese and has no English line']],
    ['a Chinese publisher alone', { title: 'Report', publisher: '阿里研究院', english: { title: 'Report' } }, ['source s: publisher "阿里研究院" is in Chinese and has no English line']],
    ['an English line in Chinese', { title: '报告', english: { title: '报告 report' } }, ['source s: English line "报告 report" has Chinese in it']],
  ])('rejects %s', (_, source, problems) => {
    expect(sourceLanguageProblems({ id: 's', ...source })).toEqual(problems);
  });
});

/** Every meta.json the app ships: the illustrative model's index and each dataset's. */
function bundledMetaFiles(): string[] {
  const datasets = join('geodata', 'datasets');
  return [join('geodata', 'index', 'meta.json'), ...readdirSync(datasets).map((id) => join(datasets, id, 'meta.json'))];
}

describe.each(bundledMetaFiles())('the sources of %s', (file) => {
  const { sources } = JSON.parse(readFileSync(file, 'utf8')) as { sources: SourceRecord[] };

  it('each have a plausible URL and date', () => {
    const problems = sources.flatMap((source) => sourceProblems(source, new Date()));
    const dated = sources.filter((source) => source.date !== undefined).map((source) => Number(source.date!.slice(0, 4)));
    console.log(
      `${file}: ${sources.length} sources, ${sources.filter((s) => s.url).length} with a URL, dates ${Math.min(...dated)}–${Math.max(...dated)}`,
    );
    expect(problems).toEqual([]);
  });

  it('each written in Chinese have an English line', () => {
    expect(sources.flatMap(sourceLanguageProblems)).toEqual([]);
  });
});
