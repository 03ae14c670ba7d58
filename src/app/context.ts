/**
 * Typed context accessors (Symbol keys): the shell sets what every component shares once, and a
 * component reads it with getLang(), getAppState() … instead of props threaded through each level.
 */
import { getContext, setContext } from 'svelte';
import type { Atlas } from '../lib/domain/atlas';
import type { Lang } from '../lib/i18n/i18n';
import type { AtlasSession } from '../lib/data/atlasSession.svelte';
import type { AppState } from '../lib/state/appState.svelte';
import type { TimelinePlayer } from '../lib/state/TimelinePlayer';
import type { AtlasView } from '../lib/view/atlasView.svelte';
import type { ShellState } from './shellState.svelte';
import type { DatasetSwitchKeep } from './AtlasStartup.svelte';

/** The interface language; `current` is reactive (a getter over rune state). */
export interface LangRef {
  readonly current: Lang;
}

const LANG_KEY = Symbol('beltmap.lang');

export function setLangContext(lang: LangRef): void {
  setContext(LANG_KEY, lang);
}

export function getLang(): LangRef {
  const lang = getContext<LangRef | undefined>(LANG_KEY);
  if (!lang) throw new Error('getLang(): no language context (setLangContext in the app shell)');
  return lang;
}

/** What the page shares once the atlas has loaded. */
export interface AtlasContext {
  /** Geometry and county table loaded once; `meta` follows the dataset shown. */
  atlas: Atlas;
  session: AtlasSession;
  app: AppState;
  view: AtlasView;
  player: TimelinePlayer;
  shell: ShellState;
  /** Shows another dataset (the dataset switch, a story about it); resolves once it is shown or has failed. */
  chooseDataset: (datasetId: string, keep?: DatasetSwitchKeep) => Promise<void>;
}

const ATLAS_KEY = Symbol('beltmap.atlas');

export function setAtlasContext(context: AtlasContext): void {
  setContext(ATLAS_KEY, context);
}

function atlasContext(accessor: string): AtlasContext {
  const context = getContext<AtlasContext | undefined>(ATLAS_KEY);
  if (!context) throw new Error(`${accessor}(): no atlas context (setAtlasContext in the ready shell)`);
  return context;
}

export const getAtlas = (): Atlas => atlasContext('getAtlas').atlas;
export const getSession = (): AtlasSession => atlasContext('getSession').session;
export const getAppState = (): AppState => atlasContext('getAppState').app;
export const getAtlasView = (): AtlasView => atlasContext('getAtlasView').view;
export const getPlayer = (): TimelinePlayer => atlasContext('getPlayer').player;
export const getShell = (): ShellState => atlasContext('getShell').shell;
export const getDatasetSwitch = (): AtlasContext['chooseDataset'] => atlasContext('getDatasetSwitch').chooseDataset;
