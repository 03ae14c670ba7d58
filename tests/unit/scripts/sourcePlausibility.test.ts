import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateInUrl, sourceProblems } from '../../../scripts/lib/sourcePlausibility';
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
});
