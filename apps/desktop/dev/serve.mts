// `pnpm dev:web [--notebook DIR] [--port N]`: serves the renderer in a browser
// tab against a real notebook. Run by Node directly; Vite loads the TypeScript config.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';

const { values } = parseArgs({
  options: { notebook: { type: 'string' }, port: { type: 'string' } },
  allowPositionals: false,
});
if (values.notebook) process.env.DOSSIER_NOTEBOOK = values.notebook;
if (values.port) process.env.DOSSIER_DEV_PORT = values.port;

// The config deliberately bundles TypeScript sources of this CommonJS package
// (src/main's transport code); Vite's notice about its future native loader is noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const server = await createServer({ configFile: fileURLToPath(new URL('./vite.config.mts', import.meta.url)) });
await server.listen();
const notebook = process.env.DOSSIER_NOTEBOOK ?? '(default dev-web sample notebook)';
console.log(`dev:web: Dossier on ${server.resolvedUrls?.local[0] ?? '(no url)'} — notebook ${notebook}`);
server.bindCLIShortcuts({ print: true });
