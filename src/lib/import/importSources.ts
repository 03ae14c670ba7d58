/**
 * Sources of imported values. Every imported value is 'reported', so every row needs a source:
 * its own `source` text when it has one (identical texts become one SourceRecord, a URL in the
 * text becomes the record's url), otherwise the imported file itself.
 */
import type { SourceRecord } from '../domain/contract';

/** Id of the dataset-level source that stands for the file, used by rows without a source. */
export const FILE_SOURCE_ID = 'import-file';

// A URL in brackets, or a bare one; sentence punctuation stuck to a bare URL's end is not part of it.
const BRACKETED_URL = /[(（]\s*(https?:\/\/[^\s()（）]+)\s*[)）]/i;
const BARE_URL = /https?:\/\/\S+/i;
const URL_TRAILING = /[.,;:!?)\]}。，；：！？）】」]+$/;
const SEPARATORS = /^[\s,，;；:：|\-–—]+|[\s,，;；:：|\-–—]+$/g;

/** A source text as a record: a URL in it becomes the url, the rest the title. */
export function sourceFromText(id: string, text: string): SourceRecord {
  const bracketed = BRACKETED_URL.exec(text);
  const bare = bracketed === null ? BARE_URL.exec(text) : null;
  const found = bracketed ?? bare;
  if (found === null) return { id, title: text };
  const url = bracketed?.[1] ?? found[0].replace(URL_TRAILING, '');
  const title = text.replace(found[0], ' ').replace(/\s+/g, ' ').replace(SEPARATORS, '');
  return { id, title: title === '' ? url : title, url };
}

export function fileSource(fileName: string): SourceRecord {
  return { id: FILE_SOURCE_ID, title: `${fileName} (imported CSV)` };
}

/**
 * Source ids for the accepted rows' source texts ('' = none), numbered in order of first
 * appearance so that the same file gives the same ids; the file source is listed only if used.
 */
export function collectSources(
  sourceTexts: string[],
  fileName: string,
): { sources: SourceRecord[]; sourceIds: string[] } {
  const idByText = new Map<string, string>();
  const sources: SourceRecord[] = [];
  let isFileSourceUsed = false;
  const sourceIds = sourceTexts.map((text) => {
    if (text === '') {
      isFileSourceUsed = true;
      return FILE_SOURCE_ID;
    }
    let id = idByText.get(text);
    if (id === undefined) {
      id = `import-${idByText.size + 1}`;
      idByText.set(text, id);
      sources.push(sourceFromText(id, text));
    }
    return id;
  });
  if (isFileSourceUsed) sources.push(fileSource(fileName));
  return { sources, sourceIds };
}
