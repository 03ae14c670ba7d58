/**
 * The attachment every dialog of the app uses: a modal <dialog> makes the rest of the page inert
 * and closes on Esc; Tab and Shift+Tab wrap around inside it (the browser would otherwise move on
 * to its own toolbar); focus returns to the element that opened it.
 */
import type { Attachment } from 'svelte/attachments';
import './modalDialog.css';

export function modalDialog(onclose: () => void, onremove?: () => void): Attachment<HTMLDialogElement> {
  return (dialog) => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    const onClose = () => onclose();
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const focusable = [
        ...dialog.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, [tabindex]:not([tabindex="-1"])'),
      ].filter((element) => !element.matches(':disabled') && element.getClientRects().length > 0);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    dialog.addEventListener('close', onClose);
    dialog.addEventListener('keydown', onKeydown);
    return () => {
      dialog.removeEventListener('close', onClose);
      dialog.removeEventListener('keydown', onKeydown);
      onremove?.();
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  };
}
