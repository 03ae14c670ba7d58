/**
 * Message parts that load with the dialog or mode that shows them (the open-data, export, embed
 * and about dialogs, presenter mode), so the first view does not download their words. Such a part
 * calls addMessages when its module is evaluated; every file that uses one of its keys imports it
 * (a unit test checks this), so its words are in before t() is asked for them.
 */
import { en, zh } from './messages';

export function addMessages(partZh: Record<string, string>, partEn: Record<string, string>): void {
  const chinese = zh as Record<string, string>;
  const english = en as Record<string, string>;
  for (const [key, text] of Object.entries(partZh)) {
    const known = chinese[key];
    // A part evaluated twice (hot reload) brings the same words; two parts with one key are a mistake.
    if (known !== undefined && known !== text) throw new Error(`Message "${key}" is defined in two message parts`);
    chinese[key] = text;
    english[key] = partEn[key] ?? '';
  }
}
