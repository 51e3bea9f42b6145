// One writer per notebook. The lock file names its owner so a second process
// can say who holds it, and a lock left by a dead process can be taken over.
// The lock appears whole or not at all (written aside, then hard-linked into
// place, which fails if a lock is there), so no one ever reads half a lock.
import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DossierError } from '@dossier/core';
import { disk } from './disk.js';
import { newerDossier } from './journal.js';
import { keepAside } from './keep-aside.js';

export const LOCK_FILE = 'notebook.lock';
export const LOCK_VERSION = 1;
/** Taken while a stale lock is removed, so two processes cannot both clear one and both win. */
const BREAKER_FILE = 'notebook.lock.breaking';

interface LockOwner {
  version: number;
  pid: number;
  host: string;
  since: string;
}

export interface NotebookLock {
  release(): Promise<void>;
  /** What happened to a damaged lock file, if there was one. */
  readonly warnings: string[];
}

type ReadOwner = { owner: LockOwner } | { missing: true } | { damaged: string };

export async function acquireLock(dir: string): Promise<NotebookLock> {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { version: LOCK_VERSION, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const warnings: string[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await placeExclusively(path, JSON.stringify(me))) {
      return { release: () => releaseIfOwned(path), warnings };
    }
    const read = await readOwner(path);
    if ('owner' in read && isAlive(read.owner)) throw inUse(read.owner);
    if (!(await takeBreaker(dir))) continue;
    try {
      // Read again under the breaker: another process may have just taken the lock properly.
      const again = await readOwner(path);
      if ('owner' in again && isAlive(again.owner)) throw inUse(again.owner);
      if ('damaged' in again) {
        const kept = await keepAside(path);
        warnings.push(`${LOCK_FILE} was damaged (${again.damaged}); it was kept as ${kept} and replaced`);
      }
      if (!('missing' in again)) await disk.rm(path);
    } finally {
      await disk.rm(join(dir, BREAKER_FILE));
    }
  }
  throw new DossierError('notebook_in_use', 'the notebook is in use: could not take its lock');
}

function inUse(owner: LockOwner): DossierError {
  return new DossierError(
    'notebook_in_use',
    `the notebook is in use by process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`} (since ${owner.since}); close it there first`,
  );
}

/** Writes `text` beside `path` and links it into place: false if `path` already exists. */
async function placeExclusively(path: string, text: string): Promise<boolean> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const file = await disk.open(temp, 'wx');
  try {
    await file.write(text);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await disk.link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await disk.rm(temp);
  }
}

async function takeBreaker(dir: string): Promise<boolean> {
  const path = join(dir, BREAKER_FILE);
  if (await placeExclusively(path, JSON.stringify({ pid: process.pid, host: hostname() }))) return true;
  // A breaker left by a process that died while clearing a lock.
  const read = await readOwner(path);
  if (!('owner' in read) || !isAlive(read.owner)) await disk.rm(path);
  await new Promise((r) => setTimeout(r, 10 + Math.random() * 20));
  return false;
}

async function readOwner(path: string): Promise<ReadOwner> {
  let raw: string;
  try {
    raw = await disk.readText(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    throw error;
  }
  let owner: Partial<LockOwner>;
  try {
    owner = JSON.parse(raw) as Partial<LockOwner>;
  } catch {
    return { damaged: raw.trim() === '' ? 'the file is empty' : 'not valid JSON' };
  }
  if (typeof owner?.version === 'number' && owner.version > LOCK_VERSION) {
    throw newerDossier(LOCK_FILE, `lock version ${owner.version}`);
  }
  if (typeof owner?.pid !== 'number' || typeof owner.host !== 'string') return { damaged: 'it names no owner' };
  return {
    owner: { version: LOCK_VERSION, pid: owner.pid, host: owner.host, since: String(owner.since ?? 'unknown') },
  };
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
  const read = await readOwner(path).catch(() => null);
  if (read && 'owner' in read && read.owner.pid === process.pid && read.owner.host === hostname()) {
    await disk.rm(path);
  }
}
