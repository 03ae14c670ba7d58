/**
 * Full screen for presenter mode. Asked for only inside the reader's own key press or click
 * (browsers refuse it later); not allowed everywhere (iframes without allowfullscreen, some
 * phones), where the full-window layout stands alone.
 */

export function requestFullscreen(): void {
  if (document.fullscreenEnabled && !document.fullscreenElement) document.documentElement.requestFullscreen().catch(() => {});
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}
