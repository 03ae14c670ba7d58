/**
 * A read that fails outside the file (the worker did not load, stopped on an error, ran out of
 * memory; the file went away): named from the browser's event or error, then worded in the page's
 * language with what happened, that the file is untouched and nothing was sent, and what to try.
 */
import { describe, expect, it } from 'vitest';
import { ImportFailure, importFailureOf, importFailureText, workerFailure } from '../../../src/lib/ownData/importFailure';

describe('which failure it was', () => {
  it.each([
    { name: 'an error event without a message before the worker spoke: its script did not load', event: {}, hasStarted: false, kind: 'start', detail: 'the worker script did not load' },
    { name: 'a module that threw as it loaded', event: { message: 'Uncaught SyntaxError: Unexpected token' }, hasStarted: false, kind: 'crash', detail: 'Uncaught SyntaxError: Unexpected token' },
    { name: 'an error in the import', event: { message: 'Uncaught TypeError: x is undefined' }, hasStarted: true, kind: 'crash', detail: 'Uncaught TypeError: x is undefined' },
    { name: 'V8 out of memory for the file’s bytes', event: { message: 'Uncaught RangeError: Array buffer allocation failed' }, hasStarted: true, kind: 'memory', detail: 'Uncaught RangeError: Array buffer allocation failed' },
    { name: 'an array too long', event: { message: 'Uncaught RangeError: Invalid array length' }, hasStarted: true, kind: 'memory', detail: 'Uncaught RangeError: Invalid array length' },
    { name: 'a silent stop after it spoke', event: { message: '' }, hasStarted: true, kind: 'crash', detail: 'the worker stopped without a message' },
  ])('$name → $kind', ({ event, hasStarted, kind, detail }) => {
    const failure = workerFailure(event, hasStarted);
    expect({ kind: failure.kind, detail: failure.detail }).toEqual({ kind, detail });
  });

  it.each([
    { name: 'a failure already named stays as it is', error: new ImportFailure('start', 'x'), kind: 'start', detail: 'x' },
    { name: 'a file changed after it was chosen', error: new DOMException('The requested file could not be read', 'NotReadableError'), kind: 'file', detail: 'NotReadableError: The requested file could not be read' },
    { name: 'a file deleted after it was chosen', error: new DOMException('A requested file or directory could not be found', 'NotFoundError'), kind: 'file', detail: 'NotFoundError: A requested file or directory could not be found' },
    { name: 'the page out of memory reading the bytes', error: new RangeError('Array buffer allocation failed'), kind: 'memory', detail: 'RangeError: Array buffer allocation failed' },
    { name: 'anything else', error: new TypeError('boom'), kind: 'crash', detail: 'TypeError: boom' },
  ])('$name → $kind', ({ error, kind, detail }) => {
    const failure = importFailureOf(error);
    expect({ kind: failure.kind, detail: failure.detail }).toEqual({ kind, detail });
  });
});

describe('its words, in both languages, with no browser English in them', () => {
  it.each([
    {
      kind: 'start',
      zh: ['无法开始读取：浏览器没有载入本页读取文件的程序。', '请刷新页面后再试；如果仍然不行，请换用新版的 Chrome、Edge、Firefox 或 Safari。'],
      en: ['Reading could not start: the browser did not load the page’s file reader.', 'Reload the page and try again; if it still fails, use a recent Chrome, Edge, Firefox or Safari.'],
    },
    {
      kind: 'crash',
      zh: ['读取意外中断：本页读取文件的程序出错停止了，并不是发现了文件中的问题。', '请再试一次；如果再次出现，请刷新页面，或把文件拆成几个较小的文件。'],
      en: ['Reading stopped unexpectedly: the page’s file reader stopped on an error of its own, not on a problem found in your file.', 'Try again; if it happens again, reload the page, or split the file into smaller ones.'],
    },
    {
      kind: 'memory',
      zh: ['读取中断：浏览器读取这个文件时内存不足。', '请关闭其他标签页后再试，或把文件拆成几个较小的文件（例如每个年份一个）。'],
      en: ['Reading stopped: the browser ran out of memory reading this file.', 'Close other tabs and try again, or split the file into smaller ones (one per year, for example).'],
    },
    {
      kind: 'file',
      zh: ['浏览器无法读取这个文件：选择之后，它可能被移动、修改或删除了。', '请重新选择这个文件。'],
      en: ['The browser could not read this file: it may have been moved, changed or deleted since you chose it.', 'Choose the file again.'],
    },
  ] as const)('$kind', ({ kind, zh, en }) => {
    expect(importFailureText({ kind }, 'zh')).toEqual({ lead: `${zh[0]}你的文件没有被改动，也没有发送到任何地方。`, advice: zh[1] });
    expect(importFailureText({ kind }, 'en')).toEqual({ lead: `${en[0]} Your file is unchanged, and nothing was sent anywhere.`, advice: en[1] });
  });
});
