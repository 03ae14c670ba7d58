/**
 * The address follows the view: deliberate changes push a history entry, the rest replace it
 * (historyRecorder.ts); the first run drops parameters that could not be used. Back and forward
 * show the view the address then names. Call during a component's set-up: the effect and the
 * listener end with it.
 */
import { addressWrite, HistoryRecorder, type HistoryAction } from '../lib/state/historyRecorder';
import { serialiseUrl } from '../lib/state/url';
import type { AtlasRun } from './AtlasStartup.svelte';

export function syncAddress({ app, player, reader }: AtlasRun): void {
  const recorder = new HistoryRecorder(app.urlState);

  function write(query: string, action: HistoryAction | null) {
    const address = `${location.pathname}${query}${location.hash}`;
    const how = addressWrite(action, query, location.search, app.isEmbed);
    if (how === 'push') history.pushState(null, '', address);
    else if (how === 'replace') history.replaceState(history.state, '', address);
  }

  $effect(() => {
    const state = app.urlState;
    const action = recorder.record(state, { isPlaying: app.isPlaying, now: performance.now() });
    write(serialiseUrl(state, app.defaults), action);
  });

  // Back and forward: the view the address now names, without recording it again.
  function onPopState() {
    const { state, warnings } = reader.read(location.search);
    for (const warning of warnings) console.warn(warning);
    player.pause();
    recorder.reset(state);
    app.applyUrlState(state);
    write(serialiseUrl(state, app.defaults), null);
  }
  $effect(() => {
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  });
}
