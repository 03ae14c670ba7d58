/**
 * Every string the UI shows, in Chinese (the default) and English, one file per part of the page
 * under messages/. Placeholders are {name}; t() fills them and its types demand exactly the
 * placeholders the Chinese text names. A unit test checks that no key is defined twice.
 * The parts listed here are in the first view's code; the dialogs' own parts (LazyMessageParts)
 * are added when their dialog loads (lazyMessages.ts), and only their types are known here.
 */
import * as about from './messages/about';
import * as app from './messages/app';
import * as edges from './messages/edges';
import * as explore from './messages/explore';
import * as exportMessages from './messages/export';
import * as map from './messages/map';
import * as ownData from './messages/ownData';
import * as ownDataset from './messages/ownDataset';
import * as present from './messages/present';
import * as share from './messages/share';
import * as table from './messages/table';
import * as takeaway from './messages/takeaway';
import * as theme from './messages/theme';
import * as yearGrid from './messages/yearGrid';
import type * as aboutDialog from './messages/aboutDialog';
import type * as datasetNotices from './messages/datasetNotices';
import type * as embedDialog from './messages/embedDialog';
import type * as exportDialog from './messages/exportDialog';
import type * as failures from './messages/failures';
import type * as importProblems from './messages/importProblems';
import type * as linkNotices from './messages/linkNotices';
import type * as ownDataDialog from './messages/ownDataDialog';
import type * as presenter from './messages/presenter';

/** The parts of the first view in one list, so the duplicate-key test sees each of them. */
export const MESSAGE_PARTS = [app, map, explore, about, table, exportMessages, share, present, takeaway, edges, theme, yearGrid, ownDataset, ownData] as const;

const firstViewZh = {
  ...app.zh,
  ...map.zh,
  ...explore.zh,
  ...about.zh,
  ...table.zh,
  ...exportMessages.zh,
  ...share.zh,
  ...present.zh,
  ...takeaway.zh,
  ...edges.zh,
  ...theme.zh,
  ...yearGrid.zh,
  ...ownDataset.zh,
  ...ownData.zh,
} as const;

type LazyZh = typeof aboutDialog.zh & typeof datasetNotices.zh & typeof embedDialog.zh & typeof exportDialog.zh & typeof failures.zh & typeof importProblems.zh & typeof linkNotices.zh & typeof ownDataDialog.zh & typeof presenter.zh;
type ChineseTexts = typeof firstViewZh & LazyZh;

export type MessageKey = keyof ChineseTexts;

/** The Chinese texts: the first view's parts now, a dialog's part once it has loaded. */
export const zh = firstViewZh as ChineseTexts;

/** English mirrors the keys of zh exactly; a unit test checks that placeholders match too. */
const firstViewEn: Record<keyof typeof firstViewZh, string> = {
  ...app.en,
  ...map.en,
  ...explore.en,
  ...about.en,
  ...table.en,
  ...exportMessages.en,
  ...share.en,
  ...present.en,
  ...takeaway.en,
  ...edges.en,
  ...theme.en,
  ...yearGrid.en,
  ...ownDataset.en,
  ...ownData.en,
};

export const en = firstViewEn as Record<MessageKey, string>;
