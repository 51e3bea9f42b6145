// Tests that run the notebook in a child process use the built package
// (dist/): build it first so they never test stale code. Incremental: fast when current.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '../../..');

export async function buildNotebookPackage(): Promise<void> {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-b', join(root, 'packages/notebook')], { cwd: root });
}
