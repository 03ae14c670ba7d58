/**
 * Whether the browser can draw the map: deck.gl in interleaved mode shares MapLibre's context
 * and needs WebGL2. Checked before the map is created, so the app can show its table instead.
 */
export function isWebGLAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    // Free the context at once: browsers cap the number of live contexts per page.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}
