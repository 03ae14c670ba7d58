/**
 * The address follows the view: deliberate changes push a history entry, the rest replace it
 * (historyRecorder.ts); the first run drops parameters that could not be used. Back and forward
 * show the view the address then names, loading its dataset first when it names another one.
 * Call during a component's set-up: the effect and the listener end with it.
 */
import { addressWrite, HistoryRecorder, type HistoryAction } from '../lib/state/historyRecorder';
import { serialiseUrl } from '../lib/state/url';
import type { AtlasRun, AtlasStartup } from './AtlasStartup.svelte';

export function syncAddress({ app, player }: AtlasRun, startup: Pick<AtlasStartup, 'readAddress'>): void {
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
  async function onPopState() {
    player.pause();
    const read = await startup.readAddress(location.search);
    if (!read) return;
    const { reading, years, defaults } = read;
    for (const warning of reading.warnings) console.warn(warning);
    recorder.reset(reading.state);
    app.useDataset(years, defaults, reading.state);
    write(serialiseUrl(reading.state, defaults), null);
  }
  $effect(() => {
    const listener = () => void onPopState();
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  });
}
