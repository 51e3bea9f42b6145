// Where the extraction worker's script sits next to this module. Kept apart
// (and imported only when needed) because `import.meta` exists only in ES
// modules: hosts that load the notebook as CommonJS (Playwright's test runner,
// the desktop app's main bundle) name the file with setExtractionWorkerFile().
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `extract-worker.js` in the build; in the TypeScript sources, the `.ts` file (run with a resolve hook). */
export function defaultWorkerFile(): { file: string; source: boolean } {
  const built = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  if (existsSync(built)) return { file: built, source: false };
  return { file: fileURLToPath(new URL('./extract-worker.ts', import.meta.url)), source: true };
}
