// Three bundles: main (Node, CommonJS), preload (CommonJS, because a sandboxed
// preload cannot load ES modules) and the renderer (browser, React).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// The workspace packages are bundled from their TypeScript sources, so a build
// never runs against a stale or missing dist/ (and the packaged app needs no
// node_modules for them).
const workspaceSources = {
  '@dossier/core': repo('packages/core/src/index.ts'),
  '@dossier/search': repo('packages/search/src/index.ts'),
  '@dossier/notebook': repo('packages/notebook/src/index.ts'),
};
const workspacePackages = Object.keys(workspaceSources);

export default defineConfig(({ mode }) => ({
  main: {
    resolve: { alias: workspaceSources },
    build: {
      // electron-vite externalises every dependency by default; ours must be inlined.
      externalizeDeps: { exclude: workspacePackages },
      rollupOptions: { input: { index: fileURLToPath(new URL('src/main/index.ts', import.meta.url)) } },
    },
  },
  preload: {
    build: {
      externalizeDeps: { exclude: workspacePackages },
      rollupOptions: {
        input: { index: fileURLToPath(new URL('src/preload/index.ts', import.meta.url)) },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias: workspaceSources },
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified unless asked.
      minify: mode === 'production',
      sourcemap: mode !== 'production',
    },
  },
}));
