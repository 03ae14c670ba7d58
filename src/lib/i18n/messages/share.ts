/** Sharing: the copied link and the embed dialog. Chinese first (the default); English mirrors its keys. */
export const zh = {
  'share.copyLink': '复制链接',
  'share.copyLinkLabel': '复制链接（本视图的地址）',
  'share.copied': '链接已复制',
  'share.copyRefused': '浏览器不允许自动复制，请手动复制：',
  'share.linkField': '本视图的链接',
  'embed.open': '嵌入',
  'embed.openLabel': '把本视图嵌入到文章',
  'embed.openFullMap': '打开完整地图',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'share.copyLink': 'Copy link',
  'share.copyLinkLabel': 'Copy link to this view',
  'share.copied': 'Link copied',
  'share.copyRefused': 'The browser refused to copy: copy the link yourself:',
  'share.linkField': 'Link to this view',
  'embed.open': 'Embed',
  'embed.openLabel': 'Embed this view in an article',
  'embed.openFullMap': 'Open full map',
};
