/** The embed dialog (loaded with it): the snippet's options, its fallback image and the notes. Chinese first; English mirrors its keys. */
import { addMessages } from '../lazyMessages';

export const zh = {
  'embed.title': '嵌入到文章',
  'embed.close': '关闭',
  'embed.controls': '显示时间轴按钮',
  'embed.autoplay': '自动播放',
  'embed.startYear': '起始年份',
  'embed.height': '高度',
  'embed.responsive': '自适应（随内容变化）',
  'embed.fixed': '固定高度',
  'embed.fixedPx': '高度（像素）',
  'embed.code': '嵌入代码',
  'embed.copy': '复制代码',
  'embed.copied': '代码已复制',
  'embed.copyRefused': '浏览器不允许自动复制：代码已选中，请按 Ctrl+C 复制。',
  'embed.hint': '把代码粘贴到文章的 HTML 中。地图显示当前视图（图层、品类、层级、所选地点和地图范围）。自适应高度需要随附的脚本。',
  'embed.frameTitle': '产业带地图：{layer}，{year}年',
  'takeaway.fallback': '备用图片',
  'takeaway.fallbackIntro':
    '在不能运行 iframe 的地方（RSS 阅读器、电子邮件、AMP、新闻应用），代码显示这张 PNG 图片。下载图片，把它放在文章旁边，再填写它的地址。',
  'takeaway.fallbackDownload': '下载 PNG（{width}×{height}）',
  'takeaway.fallbackUrl': '图片地址',
  'takeaway.fallbackNone': '未填写图片地址：在不能运行 iframe 的地方，读者将什么也看不到。',
  'takeaway.fallbackSaved': '已保存 {name}',
  'takeaway.fallbackFailed': '未能生成图片：{message}',
  'theme.embedLegend': '主题',
  'theme.embedSystem': '随读者系统',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'embed.title': 'Embed in an article',
  'embed.close': 'Close',
  'embed.controls': 'Show the timeline controls',
  'embed.autoplay': 'Play automatically',
  'embed.startYear': 'Start year',
  'embed.height': 'Height',
  'embed.responsive': 'Responsive (follows the content)',
  'embed.fixed': 'Fixed',
  'embed.fixedPx': 'Height (px)',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Code copied',
  'embed.copyRefused': 'The browser refused to copy: the code is selected, press Ctrl+C.',
  'embed.hint': 'Paste the code into your article’s HTML. The map shows the current view (layer, category, level, selected place and map extent). A responsive height needs the script that comes with it.',
  'embed.frameTitle': 'Beltmap: {layer}, {year}',
  'takeaway.fallback': 'Fallback image',
  'takeaway.fallbackIntro':
    'Where the iframe cannot run (RSS readers, e-mail, AMP, news apps) the code shows this PNG instead. Download it, put it beside your article and enter its address.',
  'takeaway.fallbackDownload': 'Download PNG ({width}×{height})',
  'takeaway.fallbackUrl': 'Image address',
  'takeaway.fallbackNone': 'No image address: where the iframe cannot run, readers will see nothing.',
  'takeaway.fallbackSaved': 'Saved {name}',
  'takeaway.fallbackFailed': 'The image could not be made: {message}',
  'theme.embedLegend': 'Theme',
  'theme.embedSystem': "Reader's system",
};

addMessages(zh, en);
