/**
 * The address follows the view: deliberate changes push a history entry, the rest replace it
 * (historyRecorder.ts); the first run drops parameters that could not be used. Back and forward
 * show the view the address then names, loading its dataset first when it names another one.
 * Call during a component's set-up: the effect and the listener end with it.
 */
import { addressWrite, HistoryRecorder, YEAR_STEP_WRITE_DELAY_MS, type HistoryAction } from '../lib/state/historyRecorder';
import { serialiseUrl, type UrlState } from '../lib/state/url';
import type { AtlasRun, AtlasStartup } from './AtlasStartup.svelte';

export function syncAddress({ app, player }: AtlasRun, startup: Pick<AtlasStartup, 'readAddress'>): void {
  const recorder = new HistoryRecorder(app.urlState);

  function write(query: string, action: HistoryAction | null) {
    const address = `${location.pathname}${query}${location.hash}`;
    const how = addressWrite(action, query, location.search, app.isEmbed);
    if (how === 'push') history.pushState(null, '', address);
    else if (how === 'replace') history.replaceState(history.state, '', address);
  }

  /** A year step's address waiting to be written (historyRecorder's YEAR_STEP_WRITE_DELAY_MS). */
  let deferred: { state: UrlState; timer: ReturnType<typeof setTimeout> } | null = null;
  function writeDeferred() {
    if (!deferred) return;
    clearTimeout(deferred.timer);
    const { state } = deferred;
    deferred = null;
    write(serialiseUrl(state, app.defaults), 'replace');
  }

  $effect(() => {
    const state = app.urlState;
    const action = recorder.record(state, { isPlaying: app.isPlaying, now: performance.now() });
    if (recorder.isDeferrable) {
      if (deferred) clearTimeout(deferred.timer);
      deferred = { state, timer: setTimeout(writeDeferred, YEAR_STEP_WRITE_DELAY_MS) };
      return;
    }
    // Any other change comes after the steps before it, in the address as in the history.
    writeDeferred();
    write(serialiseUrl(state, app.defaults), action);
  });
  // The address is read by the copy-link and embed dialogs and kept by a reload: it is written
  // before the reader can reach any of them (a pointer press, a move of focus, leaving the page).
  $effect(() => {
    const events = ['pointerdown', 'focusin', 'pagehide'] as const;
    for (const type of events) window.addEventListener(type, writeDeferred, { capture: true });
    return () => {
      for (const type of events) window.removeEventListener(type, writeDeferred, { capture: true });
      writeDeferred();
    };
  });

  // Back and forward: the view the address now names, without recording it again.
  async function onPopState() {
    // The browser has left the entry the waiting address was for.
    if (deferred) clearTimeout(deferred.timer);
    deferred = null;
    player.pause();
    await startup.readAddress(location.search, ({ reading, years, defaults }) => {
      for (const warning of reading.warnings) console.warn(warning);
      recorder.reset(reading.state);
      app.useDataset(years, defaults, reading.state);
      write(serialiseUrl(reading.state, defaults), null);
    });
  }
  $effect(() => {
    const listener = () => void onPopState();
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  });
}
