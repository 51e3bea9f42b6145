// Vite config for `pnpm dev:web`: the renderer with hot reload in a browser
// tab, backed by a real notebook through the dossier dev-server plugin.
// Dev-only: electron.vite.config.mts (the app build) never includes it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { defaultNotebookDir } from '@dossier/notebook';
import { dossierDevServer } from './vite-plugin.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Unless `--notebook DIR` or $DOSSIER_NOTEBOOK names one, dev:web works on
 * "Sample Notebook" in a dev-web folder beside the CLI's default notebook
 * (Linux: ~/.local/share/dossier/dev-web/Sample Notebook), seeded from seeds/.
 */
const devWebDir = join(dirname(defaultNotebookDir({ ...process.env, DOSSIER_NOTEBOOK: '' })), 'dev-web');
const notebookDir = process.env.DOSSIER_NOTEBOOK || join(devWebDir, 'Sample Notebook');

export default defineConfig({
  root: here('../src/renderer'),
  plugins: [
    react(),
    dossierDevServer({ notebookDir, seedsDir: here('../../../seeds'), downloadsDir: join(devWebDir, 'downloads') }),
  ],
  resolve: { alias: { '@dossier/core': here('../../../packages/core/src/index.ts') } },
  server: {
    // Loopback only: the bridge must never be reachable from another machine.
    host: '127.0.0.1',
    port: Number(process.env.DOSSIER_DEV_PORT ?? 5174),
    strictPort: false,
  },
  clearScreen: false,
});
