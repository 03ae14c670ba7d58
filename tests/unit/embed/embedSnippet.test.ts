import { describe, expect, it } from 'vitest';
import {
  RESPONSIVE_START_HEIGHT,
  clampFixedHeight,
  embedSnippet,
  embedUrl,
  escapeHtml,
  fullMapUrl,
  type EmbedOptions,
} from '../../../src/lib/embed/embedSnippet';

const page = 'https://maps.example.org/beltmap/?layer=growth&county=330782&mode=present&story=bai-yi-spread&display=table&view=120.1,29.3,7#top';
const responsive: EmbedOptions = { hasControls: true, autoplay: false, startYear: 2021, height: { kind: 'responsive' } };

describe('embedUrl', () => {
  it('keeps the view, pins the start year and drops what only the full page has', () => {
    expect(embedUrl(page, responsive)).toBe(
      'https://maps.example.org/beltmap/?layer=growth&county=330782&view=120.1,29.3,7&year=2021&embed=1',
    );
  });

  it.each([
    { options: { hasControls: false }, params: 'year=2021&embed=1&controls=0' },
    { options: { autoplay: true }, params: 'year=2021&embed=1&autoplay=1' },
    { options: { hasControls: false, autoplay: true, startYear: 2018 }, params: 'year=2018&embed=1&controls=0&autoplay=1' },
    { options: { theme: 'dark' as const }, params: 'year=2021&embed=1&theme=dark' },
  ])('$params', ({ options, params }) => {
    expect(embedUrl('http://127.0.0.1:4173/?year=2024', { ...responsive, ...options })).toBe(`http://127.0.0.1:4173/?${params}`);
  });

  // The page's theme= is its reader's choice, not the article's: only the dialog's choice is written.
  it.each([
    { theme: null, expected: 'year=2021&embed=1' },
    { theme: 'light' as const, expected: 'year=2021&embed=1&theme=light' },
  ])('theme $theme over a page address with theme=dark → $expected', ({ theme, expected }) => {
    expect(embedUrl('http://127.0.0.1:4173/?theme=dark', { ...responsive, theme })).toBe(`http://127.0.0.1:4173/?${expected}`);
  });
});

describe('an embed of another dataset', () => {
  it('carries dataset= in the iframe address and its full-map link, and names the dataset\'s layer in the title', () => {
    const taobao = 'https://x.org/?dataset=taobao-villages&year=2016&county=371721&mode=present';
    const options = { ...responsive, startYear: 2015 };
    expect(embedUrl(taobao, options)).toBe('https://x.org/?dataset=taobao-villages&year=2015&county=371721&embed=1');
    expect(fullMapUrl(embedUrl(taobao, options))).toBe('https://x.org/?dataset=taobao-villages&year=2015&county=371721');
    expect(embedSnippet(taobao, options, 'Beltmap: Taobao villages, 2015')).toContain('title="Beltmap: Taobao villages, 2015"');
  });
});

describe('fullMapUrl', () => {
  it('opens the same view without the embed parameters', () => {
    expect(fullMapUrl('https://x.org/?layer=spread&year=2020&embed=1&controls=0&autoplay=1')).toBe('https://x.org/?layer=spread&year=2020');
  });
});

describe('embedSnippet', () => {
  it('writes a titled, lazy, borderless iframe and the host script for a responsive height', () => {
    expect(embedSnippet('https://x.org/app/?layer=spread', responsive, '产业带地图')).toBe(
      `<iframe src="https://x.org/app/?layer=spread&#38;year=2021&#38;embed=1" title="产业带地图" width="100%" height="${RESPONSIVE_START_HEIGHT}" style="width: 100%; height: ${RESPONSIVE_START_HEIGHT}px; border: 0;" loading="lazy" allow="fullscreen" data-beltmap-embed></iframe>\n` +
        '<script src="https://x.org/app/embed.js" async></script>',
    );
  });

  it('a fixed height has no script', () => {
    const snippet = embedSnippet('https://x.org/', { ...responsive, height: { kind: 'fixed', px: 700 } }, 'Beltmap');
    expect(snippet).toContain('height="700" style="width: 100%; height: 700px; border: 0;"');
    expect(snippet).not.toContain('<script');
  });

  it('keeps quotes and markup in the address and title inside their attributes', () => {
    const hostile = `https://x.org/?category="><script>alert(1)</script>&x='onload=alert(1)`;
    const snippet = embedSnippet(hostile, responsive, `"><img src=x onerror=alert(1)>`);
    const iframeTag = snippet.slice(0, snippet.indexOf('>', snippet.indexOf('allow=')) + 1);
    // One tag, its attributes intact: no quote or angle bracket leaks out of a value.
    expect(iframeTag.match(/[<>]/g)).toEqual(['<', '>']);
    expect(iframeTag.match(/"/g)?.length).toBe(14);
    expect(snippet.match(/<script/g)).toHaveLength(1);
    expect(snippet).toContain('title="&#34;&#62;&#60;img src=x onerror=alert(1)&#62;"');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&#38;b&#60;c&#62;d&#34;e&#39;f');
  });
});

describe('clampFixedHeight', () => {
  it.each([
    [700, 700],
    [10, 240],
    [99999, 2000],
    [612.6, 613],
    [NaN, RESPONSIVE_START_HEIGHT],
  ])('%d → %d', (input, expected) => {
    expect(clampFixedHeight(input)).toBe(expected);
  });
});
