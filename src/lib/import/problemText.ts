/**
 * The importer's problems in words, in either language: the open-data dialog shows them in the
 * page's, the CLI prints the English, the problem list downloads in the page's, all from the texts
 * of messages/importProblems.ts. A value from the reader's file is quoted and escaped (a line break
 * in a cell reads \n), never reworded; counts are written as the language writes numbers.
 */
import { t, type Lang } from '../i18n/i18n';
import { formatCount } from '../format/format';
import '../i18n/messages/importProblems';
import type { ImportSummary } from './importCsv';
import type { CategoryRef, CountyRef, ImportProblem, ImportWarning, MissingColumn, ProblemReason } from './problems';

/** A value from the file in the language's quotation marks, escaped as JSON escapes a string's content. */
export function quoted(text: string, lang: Lang): string {
  return t('importProblem.quoted', lang, { text: JSON.stringify(text).slice(1, -1) });
}

function listed(items: readonly string[], lang: Lang): string {
  return items.join(t('importProblem.separator', lang));
}

export function countyText({ name, code, province, prefecture }: CountyRef, lang: Lang): string {
  const place = [province, prefecture, code].filter((part) => part !== null).join(' ');
  return t('importProblem.county', lang, { name, place });
}

function counties(refs: readonly CountyRef[], lang: Lang): string {
  return listed(refs.map((ref) => countyText(ref, lang)), lang);
}

function categories(refs: readonly CategoryRef[], lang: Lang): string {
  return listed(refs.map((ref) => t('importProblem.category', lang, ref)), lang);
}

function missingColumn(column: MissingColumn, lang: Lang): string {
  if (column === 'county') return t('importProblem.missing.county', lang);
  if (column === 'year') return t('importProblem.missing.year', lang);
  if (column === 'years') return t('importProblem.missing.years', lang);
  if (column === 'measure') return t('importProblem.missing.measure', lang);
  return quoted(column, lang);
}

/** ` (line 7)` after a CSV syntax problem whose record starts on another line than its row number. */
function atLine(line: number | null, lang: Lang): string {
  return line === null ? '' : t('importProblem.atLine', lang, { line: formatCount(line, lang) });
}

/** Why, without where: the problem table's reason column and the problem list's reason field. */
export function reasonText(reason: ProblemReason, lang: Lang): string {
  const count = (n: number) => formatCount(n, lang);
  const q = (text: string) => quoted(text, lang);
  switch (reason.code) {
    case 'utf16':
      return t('importProblem.utf16', lang);
    case 'badUtf8Bom':
      return t('importProblem.badUtf8Bom', lang);
    case 'notUtf8OrGbk':
      return t('importProblem.notUtf8OrGbk', lang);
    case 'noBytes':
      return t('importProblem.noBytes', lang);
    case 'fileTooLarge':
      return t('importProblem.fileTooLarge', lang, { size: fileSizeText(reason.size, lang), limit: fileSizeText(reason.limit, lang) });
    case 'notCsv':
      return t(`importProblem.notCsv.${reason.looksLike}`, lang);
    case 'unclosedQuote':
      return t('importProblem.unclosedQuote', lang, { openingLine: count(reason.openingLine) });
    case 'textAfterQuote':
      return t('importProblem.textAfterQuote', lang, { text: q(reason.text) }) + atLine(reason.line, lang);
    case 'quoteInField':
      return t('importProblem.quoteInField', lang) + atLine(reason.line, lang);
    case 'fileEmpty':
      return t('importProblem.fileEmpty', lang);
    case 'noDataRows':
      return t('importProblem.noDataRows', lang);
    case 'duplicateColumn':
      return t('importProblem.duplicateColumn', lang, { column: q(reason.column) });
    case 'duplicateYearColumn':
      return t('importProblem.duplicateYearColumn', lang, { year: String(reason.year), columns: listed(reason.columns.map(q), lang) });
    case 'missingColumns':
      return t('importProblem.missingColumns', lang, {
        missing: listed(reason.missing.map((column) => missingColumn(column, lang)), lang),
        header: listed(reason.header.map(q), lang),
      });
    case 'noSuchMeasureColumn':
      return t('importProblem.noSuchMeasureColumn', lang, { chosen: q(reason.chosen), columns: listed(reason.columns.map(q), lang) });
    case 'noNumericColumn':
      return t('importProblem.noNumericColumn', lang, { columns: listed(reason.columns.map(q), lang) });
    case 'fieldCount':
      return t('importProblem.fieldCount', lang, { fields: count(reason.fields), headerFields: count(reason.headerFields) });
    case 'empty':
      return t('importProblem.empty', lang);
    case 'notNumber':
      return t('importProblem.notNumber', lang, { value: q(reason.value) });
    case 'notWholeNumber':
      return t('importProblem.notWholeNumber', lang, { value: q(reason.value) });
    case 'negative':
      return t('importProblem.negative', lang, { value: q(reason.value) });
    case 'tooLarge':
      return t('importProblem.tooLarge', lang, { value: q(reason.value) });
    case 'notYear':
      return t('importProblem.notYear', lang, { value: q(reason.value) });
    case 'yearOutOfRange':
      // Years are written as they are, never with a thousands separator.
      return t('importProblem.yearOutOfRange', lang, reason);
    case 'noCategory':
      return t('importProblem.noCategory', lang, { categories: categories(reason.categories, lang) });
    case 'unknownCategory':
      return t('importProblem.unknownCategory', lang, { value: q(reason.value), categories: categories(reason.categories, lang) });
    case 'notCountyCode':
      return t('importProblem.notCountyCode', lang, { value: q(reason.value) });
    case 'unknownCountyCode':
      return t('importProblem.unknownCountyCode', lang, reason);
    case 'provinceCode':
      return t('importProblem.provinceCode', lang, reason);
    case 'prefectureCode':
      return t('importProblem.prefectureCode', lang, reason);
    case 'unknownProvince':
      return t('importProblem.unknownProvince', lang, { value: q(reason.value), provinces: listed(reason.provinces, lang) });
    case 'ambiguousCounty': {
      const named = { name: q(reason.name), candidates: counties(reason.candidates, lang) };
      // Candidates all of one province (the name already gave it, 江苏鼓楼区): the province does not help, the prefecture does.
      const provinces = new Set(reason.candidates.map((candidate) => candidate.province));
      const [only] = provinces.size === 1 ? provinces : [];
      const province = reason.province ?? only ?? null;
      const [first] = reason.candidates;
      if (province === null || first === undefined) return t('importProblem.ambiguousCounty', lang, named);
      // A path the lookup reads (countyLookup byPath): 江苏南京市鼓楼区.
      const example = `${first.province ?? ''}${first.prefecture ?? ''}${first.name}`;
      return t('importProblem.ambiguousCountyInProvince', lang, { ...named, province, example });
    }
    case 'countyNotInProvince':
      return t('importProblem.countyNotInProvince', lang, { name: q(reason.name), province: reason.province, candidates: counties(reason.candidates, lang) });
    case 'unknownCounty': {
      const unknown =
        reason.province === null
          ? t('importProblem.unknownCounty', lang, { name: q(reason.name) })
          : t('importProblem.unknownCountyInProvince', lang, { name: q(reason.name), province: reason.province });
      const suggestion = reason.suggestions.length === 0 ? '' : t('importProblem.didYouMean', lang, { candidates: counties(reason.suggestions, lang) });
      return unknown + suggestion;
    }
    case 'countyMismatch':
      return t('importProblem.countyMismatch', lang, { value: q(reason.value), countyCode: reason.countyCode, county: countyText(reason.county, lang) });
    case 'noCounty':
      return t('importProblem.noCounty', lang);
    case 'duplicateRow': {
      const rows = listed(reason.rows.map((row) => rowText(row, lang)), lang);
      const entry = [countyText(reason.county, lang), reason.category, String(reason.year)].filter((part) => part !== '').join(t('importProblem.separator', lang));
      return t(`importProblem.duplicate.${reason.key}`, lang, { rows, entry });
    }
  }
}

export function warningText(warning: ImportWarning, lang: Lang): string {
  switch (warning.code) {
    case 'unnamedColumn':
      return t('importWarning.unnamedColumn', lang, { position: formatCount(warning.position, lang) });
    case 'unknownColumn':
      return t('importWarning.unknownColumn', lang, { column: quoted(warning.column, lang), known: listed(warning.known, lang) });
    case 'provinceIgnored':
      return t('importWarning.provinceIgnored', lang);
    case 'notMeasureColumn':
      return t('importWarning.notMeasureColumn', lang, { column: quoted(warning.column, lang) });
    case 'notYearColumn':
      return t('importWarning.notYearColumn', lang, { column: quoted(warning.column, lang) });
    case 'emptyYearCells':
      return t(warning.isCompleteList ? 'importWarning.emptyYearCellsComplete' : 'importWarning.emptyYearCells', lang, { count: formatCount(warning.count, lang) });
  }
}

/** 第 12 行 / row 12. */
export function rowText(row: number, lang: Lang): string {
  return t('importProblem.row', lang, { row: formatCount(row, lang) });
}

/** The whole line: `row 17, column "sales": "12abc" is not a number` / `第 17 行“sales”列：“12abc” 不是数字`. */
export function problemText(problem: ImportProblem, lang: Lang): string {
  const { row, column } = problem;
  const place =
    row === null
      ? t('importProblem.wholeFile', lang)
      : column === null
        ? rowText(row, lang)
        : t('importProblem.cell', lang, { row: formatCount(row, lang), column: quoted(column, lang) });
  return t('importProblem.line', lang, { place, reason: reasonText(problem.reason, lang) });
}

/** `Rows read: 12; accepted: 10; rejected: 2. 1 blank row skipped.` */
export function summaryText(summary: ImportSummary, lang: Lang): string {
  const { read, accepted, rejected, blank } = summary;
  const counts = t('importSummary.counts', lang, { read: formatCount(read, lang), accepted: formatCount(accepted, lang), rejected: formatCount(rejected, lang) });
  if (blank === 0) return counts;
  const skipped = blank === 1 ? t('importSummary.blankRow', lang) : t('importSummary.blankRows', lang, { blank: formatCount(blank, lang) });
  return t('importSummary.withBlank', lang, { counts, skipped });
}

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * 0 B, 512 B, 3.2 KB, 640 KB, 1.5 MB, 21 MB: binary megabytes (as the page's 20 MB limit is
 * 20 × 1024 × 1024 bytes), so a file just over the limit never reads as "21 MB, limit 21 MB".
 */
export function fileSizeText(bytes: number, lang: Lang): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const format = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  if (bytes >= MIB) return `${format(bytes / MIB)} MB`;
  if (bytes >= KIB) return `${format(bytes / KIB)} KB`;
  return `${bytes} B`;
}
