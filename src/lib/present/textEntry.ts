/** Whether a key press is typing: keys typed into a text field are text, never commands (presenter mode, the timeline). */

// Inputs that take typed characters; a radio button or checkbox does not, so P there is a command.
const TEXT_ENTRY_SELECTOR = [
  'input:not([type="radio"], [type="checkbox"], [type="button"], [type="submit"], [type="reset"], [type="range"], [type="color"], [type="file"], [type="image"])',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

/** The key event's target is (inside) a text field. */
export function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TEXT_ENTRY_SELECTOR) !== null;
}
