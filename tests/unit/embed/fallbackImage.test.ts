/**
 * The embed code's fallback image: where an iframe cannot run, the <noscript> image stands in for the
 * map, and a browser with scripts off hides the iframe that would stay empty.
 */
import { describe, expect, it } from 'vitest';
import { embedSnippet, fallbackImageHtml, type EmbedOptions, type FallbackImage } from '../../../src/lib/embed/embedSnippet';

const responsive: EmbedOptions = { hasControls: true, autoplay: false, startYear: 2021, height: { kind: 'responsive' } };
const image: FallbackImage = {
  src: 'https://news.example.org/2025/belts/beltmap-sales-2021.png',
  alt: '各县级单位产业带线上销售额。全部品类 · 2021年。数据：中国电商产业带 2018–2024 (示意数据) · 示意数据',
  width: 1280,
  height: 800,
};

describe('embedSnippet with a fallback image', () => {
  it('puts the image between the iframe and the host script, in a <noscript>', () => {
    expect(embedSnippet('https://x.org/app/?layer=sales', responsive, '产业带地图：销售规模，2021年', image)).toBe(
      '<iframe src="https://x.org/app/?layer=sales&#38;year=2021&#38;embed=1" title="产业带地图：销售规模，2021年" width="100%" height="560" style="width: 100%; height: 560px; border: 0;" loading="lazy" allow="fullscreen" data-beltmap-embed></iframe>\n' +
        '<noscript><style>iframe[src="https://x.org/app/?layer=sales&year=2021&embed=1"] { display: none; }</style><img src="https://news.example.org/2025/belts/beltmap-sales-2021.png" alt="各县级单位产业带线上销售额。全部品类 · 2021年。数据：中国电商产业带 2018–2024 (示意数据) · 示意数据" width="1280" height="800" style="max-width: 100%; height: auto;"></noscript>\n' +
        '<script src="https://x.org/app/embed.js" async></script>',
    );
  });

  it('a fixed height has the iframe and the image, and no script', () => {
    expect(embedSnippet('https://x.org/', { ...responsive, height: { kind: 'fixed', px: 600 } }, 'Beltmap', { ...image, src: 'map.png', alt: 'Map' })).toBe(
      '<iframe src="https://x.org/?year=2021&#38;embed=1" title="Beltmap" width="100%" height="600" style="width: 100%; height: 600px; border: 0;" loading="lazy" allow="fullscreen"></iframe>\n' +
        '<noscript><style>iframe[src="https://x.org/?year=2021&embed=1"] { display: none; }</style><img src="map.png" alt="Map" width="1280" height="800" style="max-width: 100%; height: auto;"></noscript>',
    );
  });

  it('without an image the code is as before: no <noscript>', () => {
    expect(embedSnippet('https://x.org/', responsive, 'Beltmap', null)).not.toContain('noscript');
  });
});

describe('fallbackImageHtml', () => {
  it('keeps quotes and markup in the address and the alt text inside their attributes', () => {
    expect(fallbackImageHtml({ src: 'x.png" onerror="alert(1)', alt: '<b>"map"</b>', width: 480.4, height: 400.6 }, 'https://x.org/')).toBe(
      '<noscript><style>iframe[src="https://x.org/"] { display: none; }</style><img src="x.png&#34; onerror=&#34;alert(1)" alt="&#60;b&#62;&#34;map&#34;&#60;/b&#62;" width="480" height="401" style="max-width: 100%; height: auto;"></noscript>',
    );
  });

  it('keeps the iframe address inside the style\'s CSS string: quotes, backslashes and </style> escaped', () => {
    expect(fallbackImageHtml({ src: 'x.png', alt: 'Map', width: 1, height: 1 }, String.raw`https://x.org/?a="b"\</style>`)).toBe(
      String.raw`<noscript><style>iframe[src="https://x.org/?a=\"b\"\\\3c /style>"] { display: none; }</style>` +
        '<img src="x.png" alt="Map" width="1" height="1" style="max-width: 100%; height: auto;"></noscript>',
    );
  });
});
