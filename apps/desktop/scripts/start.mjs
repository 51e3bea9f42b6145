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

let child;
if (binary && existsSync(binary)) {
  child = spawn(binary, [appDir], { stdio: 'inherit' });
} else {
  // The same UI, served on 127.0.0.1 against the real sample notebook, so a
  // machine that cannot download Electron still opens Dossier.
  console.log(
    'start: no Electron binary is installed here (node_modules/electron/dist is missing); ' +
      'serving the same UI in your browser instead — open the address below.',
  );
  child = spawn(process.execPath, [join(appDir, 'dev', 'serve.mts'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: appDir,
  });
}
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
