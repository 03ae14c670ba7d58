/**
 * What the importer says about bad input. Every problem names where it is (row, column) and
 * why, so that a user can fix the file without guessing; nothing is dropped without a problem.
 * The why is a reason code with its facts, never a sentence: the page words it in the reader's
 * language and the CLI in English, from the same texts (problemText.ts, messages/importProblems.ts).
 */

/** A county as a problem names it: enough to tell same-name counties apart (义乌市, 浙江 金华市, 330782). */
export interface CountyRef {
  name: string;
  code: string;
  /** Short name of its province (浙江); null when the county table has none. */
  province: string | null;
  /** Name of its prefecture (金华市); null when the county table has none. */
  prefecture: string | null;
}

/** A category as a problem lists it: the id a file may use and both names (a file may use either). */
export interface CategoryRef {
  id: string;
  zh: string;
  en: string;
}

/**
 * A column the header must have: `county` stands for county_code or county (+ province), `measure`
 * for a numeric column, `years` for the simple format's year column or a column per year (readMeasureCsv).
 */
export type MissingColumn = 'county' | 'year' | 'years' | 'category' | 'sales' | 'merchants' | 'measure';

/** What a file the page turns away by its first bytes looks like instead of a CSV. */
export type NotCsvKind = 'spreadsheet' | 'archive' | 'image' | 'pdf' | 'html' | 'binary';

/**
 * Why a file, a header or a row cannot be used. Values quoted from the file (`value`, `name`,
 * `text`, header fields) are kept as written; `line` is where a record starts in the file when it
 * differs from its row (a quoted line break), else null.
 */
export type ProblemReason =
  // The bytes: encoding, or (in the page, from the first bytes) size and kind.
  | { code: 'utf16' }
  | { code: 'badUtf8Bom' }
  | { code: 'notUtf8OrGbk' }
  | { code: 'noBytes' }
  | { code: 'fileTooLarge'; size: number; limit: number }
  | { code: 'notCsv'; looksLike: NotCsvKind }
  // CSV syntax.
  | { code: 'unclosedQuote'; openingLine: number }
  | { code: 'textAfterQuote'; text: string; line: number | null }
  | { code: 'quoteInField'; line: number | null }
  // The file as a whole and its header.
  | { code: 'fileEmpty' }
  | { code: 'noDataRows' }
  | { code: 'duplicateColumn'; column: string }
  /** With the years across, two columns name one year (2019 and 2019年). */
  | { code: 'duplicateYearColumn'; year: number; columns: string[] }
  | { code: 'missingColumns'; missing: MissingColumn[]; header: string[] }
  | { code: 'noSuchMeasureColumn'; chosen: string; columns: string[] }
  | { code: 'noNumericColumn'; columns: string[] }
  // A row, or one of its cells.
  | { code: 'fieldCount'; fields: number; headerFields: number }
  | { code: 'empty' }
  | { code: 'notNumber'; value: string }
  | { code: 'notWholeNumber'; value: string }
  | { code: 'negative'; value: string }
  | { code: 'tooLarge'; value: string }
  | { code: 'notYear'; value: string }
  | { code: 'yearOutOfRange'; year: number; firstYear: number; lastYear: number }
  | { code: 'noCategory'; categories: CategoryRef[] }
  | { code: 'unknownCategory'; value: string; categories: CategoryRef[] }
  | { code: 'notCountyCode'; value: string }
  | { code: 'unknownCountyCode'; countyCode: string }
  | { code: 'provinceCode'; countyCode: string; province: string }
  | { code: 'prefectureCode'; countyCode: string; prefecture: string }
  | { code: 'unknownProvince'; value: string; provinces: string[] }
  /** `province`: the full name of the province the row gives, or null when it gives none. */
  | { code: 'ambiguousCounty'; name: string; province: string | null; candidates: CountyRef[] }
  | { code: 'countyNotInProvince'; name: string; province: string; candidates: CountyRef[] }
  | { code: 'unknownCounty'; name: string; province: string | null; suggestions: CountyRef[] }
  | { code: 'countyMismatch'; value: string; countyCode: string; county: CountyRef }
  | { code: 'noCounty' }
  /** `rows`: the other rows with the same key; `category` is '' for a file without categories. */
  | { code: 'duplicateRow'; key: 'countyCategoryYear' | 'countyYear'; rows: number[]; county: CountyRef; category: string; year: number };

export type ProblemCode = ProblemReason['code'];

/** A column the import ignores, said out loud so that a misspelt name does not go unnoticed. */
export type ImportWarning =
  | { code: 'unnamedColumn'; position: number }
  | { code: 'unknownColumn'; column: string; known: string[] }
  | { code: 'provinceIgnored' }
  | { code: 'notMeasureColumn'; column: string }
  /** With the years across, a column that names no year (its values are not the measure's). */
  | { code: 'notYearColumn'; column: string }
  /**
   * With the years across, cells left empty: no value for that county in that year ("no data", not
   * 0), or, in a file declared a complete list, a county not listed that year (a reported 0).
   */
  | { code: 'emptyYearCells'; count: number; isCompleteList: boolean };

export type WarningCode = ImportWarning['code'];

export interface ImportProblem {
  /** Row as a spreadsheet numbers it: the header is row 1. Null when the whole file is at fault. */
  row: number | null;
  /** The column's header as the file writes it ("sales", "年份", the measure's), or null when the problem is not about one column. */
  column: string | null;
  reason: ProblemReason;
}

/** A check that either yields a value or says why it cannot. */
export type Checked<T, Reason = ProblemReason> = { ok: true; value: T } | { ok: false; reason: Reason };
