import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n/i18n';

const SRC = resolve(__dirname, '../../../src');
const MESSAGES = join(SRC, 'lib/i18n/messages');
/** The parts that load with their dialog (src/lib/i18n/lazyMessages.ts). */
const LAZY_PARTS = ['aboutDialog', 'datasetNotices', 'embedDialog', 'exportDialog', 'failures', 'importProblems', 'ownDataDialog', 'presenter'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).filter((file) => !file.startsWith(MESSAGES));
const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

function partKeys(part: string): string[] {
  const text = readFileSync(join(MESSAGES, `${part}.ts`), 'utf8');
  const chinese = text.slice(text.indexOf('export const zh'), text.indexOf('export const en'));
  return [...chinese.matchAll(/^\s*'([^']+)':/gm)].map((match) => match[1]!);
}

/** Static imports of a file (not `import type`, not `import()`), resolved to files under src/. */
function staticImports(file: string): string[] {
  const text = texts.get(file) ?? '';
  const specifiers = [...text.matchAll(/^\s*import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)'/gm)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const found = [base, `${base}.ts`, `${base}.svelte`, `${base}.svelte.ts`, join(base, 'index.ts')].find((candidate) => texts.has(candidate) || candidate.startsWith(MESSAGES));
    return found ? [found.endsWith('.ts') || found.endsWith('.svelte') ? found : `${found}.ts`] : [];
  });
}

describe('message parts loaded with their dialog', () => {
  it('a key of a part not yet loaded is refused with its name, then read once the part is in', async () => {
    expect(() => t('present.region', 'zh')).toThrow('Message "present.region" is used before its message part was loaded');
    await import('../../../src/lib/i18n/messages/presenter');
    expect(t('present.region', 'zh')).toBe('演示模式');
    expect(t('present.region', 'en')).toBe('Presenter mode');
  });

  it.each(LAZY_PARTS)('every file using a key of %s imports it (so its words are in before they are asked for)', (part) => {
    const keys = partKeys(part);
    // The part's keys were read (a short part has two).
    expect(keys.length).toBeGreaterThan(1);
    const users = files.filter((file) => keys.some((key) => texts.get(file)!.includes(`'${key}'`)));
    expect(users.length).toBeGreaterThan(0);
    const withoutImport = users.filter((file) => !staticImports(file).includes(join(MESSAGES, `${part}.ts`)));
    expect(withoutImport.map((file) => relative(SRC, file))).toEqual([]);
  });

  it("the first view's code (static imports from main.ts) reaches none of them", () => {
    const seen = new Set<string>();
    const queue = [join(SRC, 'main.ts')];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...staticImports(file));
    }
    expect(seen.size).toBeGreaterThan(100);
    const reached = LAZY_PARTS.filter((part) => seen.has(join(MESSAGES, `${part}.ts`)));
    expect(reached).toEqual([]);
  });
});
