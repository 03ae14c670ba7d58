/**
 * A scene as a standalone SVG document: counties as one <path> each with data-code, text as
 * <text> (escaped: every string that reaches the file goes through escapeXml).
 */
import { LABEL_FONT_FAMILY } from '../cartography/baseStyle';
import type { SceneItem } from './scene';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const round = (value: number) => Number(value.toFixed(2));

function paint(fill: string | null, stroke?: string, strokeWidth?: number): string {
  const attrs = [`fill="${fill ? escapeXml(fill) : 'none'}"`];
  if (stroke) attrs.push(`stroke="${escapeXml(stroke)}" stroke-width="${round(strokeWidth ?? 1)}"`);
  return attrs.join(' ');
}

const TEXT_ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

function itemSvg(item: SceneItem, clipIds: Map<SceneItem, string>): string {
  switch (item.kind) {
    case 'rect': {
      const radius = item.radius ? ` rx="${round(item.radius)}"` : '';
      return `<rect x="${round(item.x)}" y="${round(item.y)}" width="${round(item.width)}" height="${round(item.height)}"${radius} ${paint(item.fill, item.stroke, item.strokeWidth)}/>`;
    }
    case 'text': {
      const halo = item.halo
        ? ` stroke="${escapeXml(item.halo.colour)}" stroke-width="${round(item.halo.width)}" paint-order="stroke"`
        : '';
      return `<text x="${round(item.x)}" y="${round(item.y)}" font-size="${round(item.size)}" font-weight="${item.weight}" fill="${escapeXml(item.colour)}" text-anchor="${TEXT_ANCHOR[item.align]}"${halo}>${escapeXml(item.text)}</text>`;
    }
    case 'path': {
      const code = item.code ? ` data-code="${escapeXml(item.code)}"` : '';
      return `<path${code} d="${item.d}" ${paint(item.fill, item.stroke, item.strokeWidth)}/>`;
    }
    case 'group': {
      const clip = clipIds.get(item);
      const clipAttr = clip ? ` clip-path="url(#${clip})"` : '';
      return `<g id="${escapeXml(item.id)}"${clipAttr}>\n${item.items.map((child) => itemSvg(child, clipIds)).join('\n')}\n</g>`;
    }
  }
}

/** The SVG document of a scene of width×height layout units; `title` becomes its <title>. */
export function renderSvg(scene: readonly SceneItem[], width: number, height: number, title: string): string {
  const clipIds = new Map<SceneItem, string>();
  const clipDefs: string[] = [];
  const collect = (items: readonly SceneItem[]) => {
    for (const item of items) {
      if (item.kind !== 'group') continue;
      if (item.clip) {
        const id = `clip-${clipIds.size + 1}`;
        clipIds.set(item, id);
        const { x, y, width: w, height: h } = item.clip;
        clipDefs.push(`<clipPath id="${id}"><rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}"/></clipPath>`);
      }
      collect(item.items);
    }
  };
  collect(scene);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" font-family="${escapeXml(LABEL_FONT_FAMILY)}" stroke-linejoin="round">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs>${clipDefs.join('')}</defs>`,
    ...scene.map((item) => itemSvg(item, clipIds)),
    '</svg>',
    '',
  ].join('\n');
}
