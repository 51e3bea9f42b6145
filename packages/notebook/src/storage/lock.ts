// One writer per notebook. The lock file names its owner so a second process
// can say who holds it, and a lock left by a dead process can be taken over.
import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DossierError } from '@dossier/core';

export const LOCK_FILE = 'notebook.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface NotebookLock {
  release(): Promise<void>;
}

export async function acquireLock(dir: string): Promise<NotebookLock> {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      await handle.writeFile(JSON.stringify(owner));
      await handle.sync();
      await handle.close();
      return { release: () => releaseIfOwned(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(path);
    if (owner && isAlive(owner)) {
      throw new DossierError(
        'notebook_in_use',
        `the notebook is in use by another Dossier process (pid ${owner.pid} since ${owner.since}); close it first`,
      );
    }
    // Stale (owner gone) or unreadable (crash while writing it): take it over.
    await rm(path, { force: true });
  }
  throw new DossierError('notebook_in_use', 'the notebook is in use: could not take its lock');
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return null;
    return { pid: owner.pid, host: owner.host, since: String(owner.since ?? 'unknown') };
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // A lock from another machine (a synced folder) cannot be checked: trust it.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function releaseIfOwned(path: string): Promise<void> {
  const owner = await readOwner(path);
  if (owner && owner.pid === process.pid && owner.host === hostname()) await rm(path, { force: true });
}
