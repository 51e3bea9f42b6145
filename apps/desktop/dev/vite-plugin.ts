// A Vite plugin that turns the renderer's dev server into the app for a browser
// tab: it opens a real notebook, serves the token-guarded bridge endpoints and
// writes the token (and a dev-only CSP) into index.html.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Plugin } from 'vite';
import type { AppEvent } from '@dossier/core';
import { openSampleNotebook, type Notebook } from '@dossier/notebook';
import { routeInvoke } from '../src/main/invoke-route.js';
import { contentSecurityPolicy } from '../src/main/session-policy.js';
import { createBrowserShell } from './browser-shell.js';
import { createDevBridge } from './dev-bridge.js';

export interface DevNotebookOptions {
  notebookDir: string;
  seedsDir: string;
  downloadsDir: string;
}

export function dossierDevServer(options: DevNotebookOptions): Plugin {
  const token = randomBytes(32).toString('hex');
  let notebook: Notebook | undefined;
  let port: number | undefined;
  const listeners = new Set<(event: AppEvent) => void>();
  let closing: Promise<void> | undefined;
  const closeNotebook = () => (closing ??= notebook?.close() ?? Promise.resolve());

  return {
    name: 'dossier-dev-server',
    apply: 'serve',
    async configureServer(server) {
      notebook = await openSampleNotebook(options.notebookDir, options.seedsDir);
      notebook.onChange((event) => listeners.forEach((listener) => listener(event)));
      server.httpServer?.once('listening', () => {
        port = (server.httpServer?.address() as AddressInfo).port;
      });
      server.httpServer?.once('close', () => void closeNotebook());
      const shell = createBrowserShell({
        downloadsDir: options.downloadsDir,
        notebookDir: () => options.notebookDir,
        service: () => notebook!.service,
      });
      server.middlewares.use(
        createDevBridge({
          token,
          port: () => port,
          invoke: (method, input) => routeInvoke({ service: () => notebook?.service, shell }, method, input),
          subscribe: (listener) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        }),
      );
    },
    // Awaited by `server.close()`, so whoever closes the server knows the notebook is saved and unlocked.
    async closeBundle() {
      await closeNotebook();
    },
    transformIndexHtml(html) {
      // frame-ancestors is ignored (with a console error) when delivered in a meta tag.
      const devPolicy = contentSecurityPolicy(`http://127.0.0.1:${port ?? 0}`).replace("; frame-ancestors 'none'", '');
      return html
        .replace(/(http-equiv="Content-Security-Policy"\s+content=")[^"]*"/u, `$1${devPolicy}"`)
        .replace('</head>', `  <meta name="dossier-dev-token" content="${token}" />\n  </head>`);
    },
  };
}
