/**
 * The <iframe> snippet a journalist pastes into an article, built from the page's own address
 * (which is the permalink of the view shown). Plain strings in, HTML text out: every value is
 * escaped for the attribute it lands in, so an address holding quotes or markup stays inside it.
 */

import type { Theme } from '../state/theme';

export type EmbedHeight = { kind: 'responsive' } | { kind: 'fixed'; px: number };

export interface EmbedOptions {
  /** The timeline's buttons and slider (the year is shown either way). */
  hasControls: boolean;
  autoplay: boolean;
  /** The year the embed opens on; written always, so the embed does not change when data gain a year. */
  startYear: number;
  height: EmbedHeight;
  /** The embed's theme, to match the article's (theme=); absent or null: the reader's system decides. */
  theme?: Theme | null;
}

/** A responsive iframe starts this tall until the embed reports its height. */
export const RESPONSIVE_START_HEIGHT = 560;
export const FIXED_HEIGHT_RANGE = [240, 2000] as const;

/** Parameters that belong to the full page only: an embed shows the map, in its compact layout. */
const PAGE_ONLY_PARAMS = ['mode', 'story', 'display', 'embed', 'controls', 'autoplay'];

/** Escapes text for a double-quoted HTML attribute (and for text content). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function withoutPageOnlyParams(pageUrl: string): URL {
  const url = new URL(pageUrl);
  url.hash = '';
  for (const name of PAGE_ONLY_PARAMS) url.searchParams.delete(name);
  return url;
}

/** The address the iframe loads: the view of `pageUrl` in the compact layout, with the options. */
export function embedUrl(pageUrl: string, options: EmbedOptions): string {
  const url = withoutPageOnlyParams(pageUrl);
  url.searchParams.set('year', String(options.startYear));
  url.searchParams.set('embed', '1');
  if (!options.hasControls) url.searchParams.set('controls', '0');
  if (options.autoplay) url.searchParams.set('autoplay', '1');
  // The page's own theme= (a reader's) is not the article's: only the theme chosen here is written.
  url.searchParams.delete('theme');
  if (options.theme) url.searchParams.set('theme', options.theme);
  return url.href.replaceAll('%2C', ',');
}

/** The full page of an embed's view: its "open full map" link. */
export function fullMapUrl(embedPageUrl: string): string {
  return withoutPageOnlyParams(embedPageUrl).href.replaceAll('%2C', ',');
}

/** The host script beside the app: static/embed.js. */
export function hostScriptUrl(pageUrl: string): string {
  return new URL('embed.js', pageUrl).href;
}

export function clampFixedHeight(px: number): number {
  const [min, max] = FIXED_HEIGHT_RANGE;
  return Number.isFinite(px) ? Math.min(max, Math.max(min, Math.round(px))) : RESPONSIVE_START_HEIGHT;
}

/**
 * The embed's fallback image: a PNG of the same view, hosted by the journalist beside the article,
 * shown where the iframe cannot run. As in Datawrapper's and Flourish's embed codes, the <img>
 * sits in a <noscript>: a browser that runs the embed ignores it, while what renders HTML without
 * running scripts (feed readers, most e-mail clients, AMP converters) shows the image instead of
 * an empty box.
 */
export interface FallbackImage {
  /** The PNG's address where the article's site serves it (absolute, or relative to the article). */
  src: string;
  /** Names the map, its year and its source: the image is all such a reader gets. */
  alt: string;
  /** The PNG's size in pixels, so that a reader lays it out before it loads. */
  width: number;
  height: number;
}

/**
 * The <noscript> with the image, scaled down to the column it sits in and never stretched. A
 * browser with scripts off would also show the iframe, as an empty frame (the map needs scripts):
 * the style in the <noscript>, which only such a browser applies, hides exactly that iframe.
 */
export function fallbackImageHtml(image: FallbackImage, iframeSrc: string): string {
  // A CSS string: quotes and backslashes escaped, and < too, so that no </style> can end the style early.
  const src = iframeSrc.replace(/["\\<]/g, (char) => (char === '<' ? '\\3c ' : `\\${char}`));
  return (
    `<noscript><style>iframe[src="${src}"] { display: none; }</style>` +
    `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"` +
    ` width="${Math.round(image.width)}" height="${Math.round(image.height)}" style="max-width: 100%; height: auto;"></noscript>`
  );
}

/**
 * The HTML to paste: the iframe, the fallback image where one is given, and for
 * a responsive height the host script that resizes it.
 */
export function embedSnippet(pageUrl: string, options: EmbedOptions, title: string, fallback: FallbackImage | null = null): string {
  const height = options.height.kind === 'fixed' ? clampFixedHeight(options.height.px) : RESPONSIVE_START_HEIGHT;
  const src = embedUrl(pageUrl, options);
  const iframe =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}"` +
    ` width="100%" height="${height}" style="width: 100%; height: ${height}px; border: 0;"` +
    ` loading="lazy" allow="fullscreen"${options.height.kind === 'responsive' ? ' data-beltmap-embed' : ''}></iframe>`;
  const parts = [iframe, ...(fallback ? [fallbackImageHtml(fallback, src)] : [])];
  if (options.height.kind === 'responsive') parts.push(`<script src="${escapeHtml(hostScriptUrl(pageUrl))}" async></script>`);
  return parts.join('\n');
}
