import { describe, expect, it } from 'vitest';
import { START_CHUNK, staticallyImported, startChunkGroup, type ModuleGraph } from '../../../scripts/lib/startChunk';

/**
 * main imports app and format; app imports format and i18n, and loads dialog lazily (not among
 * its importedIds); dialog imports i18n and csv; i18n and messages import each other.
 */
const IMPORTS: Record<string, string[]> = {
  '/src/main.ts': ['/src/app.ts', '/src/format.ts'],
  '/src/app.ts': ['/src/format.ts', '/src/i18n.ts'],
  '/src/i18n.ts': ['/src/messages.ts'],
  '/src/messages.ts': ['/src/i18n.ts'],
  '/src/format.ts': [],
  '/src/dialog.ts': ['/src/i18n.ts', '/src/csv.ts'],
  '/src/csv.ts': [],
};
const graph: ModuleGraph = { getModuleInfo: (id) => (IMPORTS[id] ? { importedIds: IMPORTS[id] } : null) };

describe('the start chunk', () => {
  it('holds what the entry imports statically, through a cycle too, and nothing only a lazy part imports', () => {
    expect([...staticallyImported('/src/main.ts', graph)].sort()).toEqual(['/src/app.ts', '/src/format.ts', '/src/i18n.ts', '/src/main.ts', '/src/messages.ts']);
  });

  it('names those modules START_CHUNK and leaves the others to the bundler', () => {
    const group = startChunkGroup('/src/main.ts');
    expect(group.debugName).toBe(START_CHUNK);
    expect(Object.keys(IMPORTS).map((id) => [id, group.name(id, graph)])).toEqual([
      ['/src/main.ts', 'start'],
      ['/src/app.ts', 'start'],
      ['/src/i18n.ts', 'start'],
      ['/src/messages.ts', 'start'],
      ['/src/format.ts', 'start'],
      ['/src/dialog.ts', null],
      ['/src/csv.ts', null],
    ]);
  });

  it('stops at a module the bundler does not know (an external one)', () => {
    const withExternal: ModuleGraph = { getModuleInfo: (id) => (id === '/src/main.ts' ? { importedIds: ['external:x'] } : null) };
    expect([...staticallyImported('/src/main.ts', withExternal)]).toEqual(['/src/main.ts', 'external:x']);
  });
});
