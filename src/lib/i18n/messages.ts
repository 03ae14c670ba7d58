/**
 * Every string the UI shows, in Chinese (the default) and English, one file per part of the page
 * under messages/. Placeholders are {name}; t() fills them and its types demand exactly the
 * placeholders the Chinese text names. A unit test checks that no key is defined twice.
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

/** The parts in one list, so the duplicate-key test sees each of them. */
export const MESSAGE_PARTS = [app, map, explore, about, table, exportMessages, share, present, takeaway, edges, theme, yearGrid, ownDataset, ownData] as const;

export const zh = {
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

export type MessageKey = keyof typeof zh;

/** English mirrors the keys of zh exactly; a unit test checks that placeholders match too. */
export const en: Record<MessageKey, string> = {
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
