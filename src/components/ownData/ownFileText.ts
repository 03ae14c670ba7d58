/**
 * What the open-data dialog says about a file: its size, and why it is refused. Sizes are in
 * binary megabytes (as the 20 MB limit is 20 × 1024 × 1024 bytes), so a file just over the limit
 * never reads as "21 MB, limit 21 MB".
 */
import type { OwnFileRefusal } from '../../lib/ownData/ownFile';
import { t, type Lang } from '../../lib/i18n/i18n';
// The words of this dialog load with it.
import '../../lib/i18n/messages/ownDataDialog';

const KIB = 1024;
const MIB = 1024 * 1024;

/** 0 B, 512 B, 3.2 KB, 640 KB, 1.5 MB, 21 MB. */
export function fileSizeText(bytes: number, lang: Lang): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const format = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  if (bytes >= MIB) return `${format(bytes / MIB)} MB`;
  if (bytes >= KIB) return `${format(bytes / KIB)} KB`;
  return `${bytes} B`;
}

export function refusalText(refusal: OwnFileRefusal, lang: Lang): string {
  switch (refusal.reason) {
    case 'too-large':
      return t('ownData.tooLarge', lang, { size: fileSizeText(refusal.size, lang), limit: fileSizeText(refusal.limit, lang) });
    case 'empty':
      return t('ownData.empty', lang);
    case 'not-csv':
      return t(`ownData.notCsv.${refusal.looksLike}`, lang);
  }
}
