// `pnpm start`: launches the built app with the Electron binary when one is
// installed. The npm package fetches its binary on first use, which fails
// offline, so the binary is looked up directly instead of requiring `electron`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const pathFile = join(packageDir, 'path.txt');
const binary = existsSync(pathFile) ? join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined;

if (!binary || !existsSync(binary)) {
  console.log(
    'start: no Electron binary is installed here (node_modules/electron/dist is missing), so the app cannot launch; ' +
      'run `pnpm dev:web` to use the same UI in a browser against a real notebook.',
  );
  process.exit(0);
}

const child = spawn(binary, [appDir], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
