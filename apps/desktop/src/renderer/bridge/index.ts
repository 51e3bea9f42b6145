// Which bridge the renderer talks through: the preload's `window.dossier` in
// Electron (and in the e2e harness, which installs the same shape), otherwise
// the dev server's loopback bridge.
import { DossierError, type DossierBridge } from '@dossier/core';
import { createHttpBridge, TOKEN_META } from './http-bridge.js';

declare global {
  interface Window {
    dossier?: DossierBridge;
  }
}

export function getBridge(): DossierBridge {
  if (window.dossier) return window.dossier;
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content;
  if (!token) {
    throw new DossierError('internal', 'no notebook bridge: start the app with Electron or `pnpm dev:web`');
  }
  return createHttpBridge(token);
}
