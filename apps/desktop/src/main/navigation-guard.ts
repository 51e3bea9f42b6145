// The window shows one page, the app's own. Every attempt to go elsewhere —
// a link, a redirect, a sub-frame, window.open, an embedded <webview> — is refused; http(s)
// links are offered to the system browser instead.
import type { App, WebContents } from 'electron';
import type { ExternalOpener } from './external-links.js';

export function guardNavigation(contents: WebContents, openExternal: ExternalOpener): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openExternal(url);
  });
  // `will-navigate` covers the top frame only; a sub-frame (none is ours) may not go anywhere either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
}

/** Also covers contents the app did not create itself (devtools, a stray webview). */
export function guardAllWebContents(app: App, openExternal: ExternalOpener): void {
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, openExternal));
}
