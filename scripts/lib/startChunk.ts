/**
 * The page's start in one chunk: every module the entry imports statically, directly or through
 * others, is bundled into one chunk beside the entry. Left to itself, the bundler gave each module
 * the entry shares with a lazily loaded part (a dialog, the interactive map) a chunk of its own:
 * ten JavaScript files before the app could run, which over HTTP/1.1's six connections to a host
 * queued behind the data files (the last one in ~100 ms after the entry's own, GPU process). Nothing
 * lazy becomes eager: a module no chain of static imports from the entry reaches is left where the
 * bundler puts it.
 */

/** What the bundler tells of a module (Rolldown's ModuleInfo, the part read here). */
export interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The ids of the modules `entry` imports statically, directly or through others, the entry included. */
export function staticallyImported(entry: string, graph: ModuleGraph): Set<string> {
  const reached = new Set<string>([entry]);
  const waiting = [entry];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    for (const imported of graph.getModuleInfo(id)?.importedIds ?? []) {
      if (reached.has(imported)) continue;
      reached.add(imported);
      waiting.push(imported);
    }
  }
  return reached;
}

export const START_CHUNK = 'start';

/**
 * A code-splitting group (Rolldown's output.codeSplitting.groups) that puts the modules `entry`
 * (an absolute module id) imports statically into the chunk START_CHUNK. The graph is walked once,
 * at the first module asked about, when it is complete.
 */
export function startChunkGroup(entry: string) {
  let start: Set<string> | null = null;
  return {
    debugName: START_CHUNK,
    name(id: string, graph: ModuleGraph): string | null {
      start ??= staticallyImported(entry, graph);
      return start.has(id) ? START_CHUNK : null;
    },
  };
}
