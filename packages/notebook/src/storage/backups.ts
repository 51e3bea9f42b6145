// backups/: a copy of notebook.json from each compaction, rotated so the
// folder keeps the last few and one per day. A damaged notebook.json opens
// from the newest backup that reads cleanly, and the journal then replays the
// changes made since (a backup is taken at the revision the journal starts at).
import { join } from 'node:path';
import { disk } from './disk.js';
import { readSnapshot, type NotebookData } from './notebook-file.js';

export const BACKUPS_DIR = 'backups';
/** How many of the newest backups are kept whatever their day. */
export const KEEP_LATEST = 5;
/** How many days keep their last backup beyond those. */
export const KEEP_DAYS = 30;

const NAME = /^notebook-(\d{4}-\d{2}-\d{2})T[\d-]+Z-r(\d+)\.json$/u;

export function backupName(revision: number, now = new Date()): string {
  return `notebook-${now.toISOString().replace(/[:.]/gu, '-')}-r${revision}.json`;
}

export async function listBackups(notebookDir: string): Promise<string[]> {
  const names = await disk.readdir(join(notebookDir, BACKUPS_DIR)).catch(() => [] as string[]);
  // ISO timestamps sort by time; newest first.
  return names
    .filter((n) => NAME.test(n))
    .sort()
    .reverse();
}

/** The names to keep: the newest `KEEP_LATEST`, and the newest of each of the last `KEEP_DAYS` days. */
export function backupsToKeep(newestFirst: readonly string[]): Set<string> {
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST));
  const days = new Set<string>();
  for (const name of newestFirst) {
    const day = NAME.exec(name)![1]!;
    if (days.has(day)) continue;
    days.add(day);
    if (days.size <= KEEP_DAYS) keep.add(name);
  }
  return keep;
}

export async function pruneBackups(notebookDir: string): Promise<void> {
  const names = await listBackups(notebookDir);
  const keep = backupsToKeep(names);
  for (const name of names) if (!keep.has(name)) await disk.rm(join(notebookDir, BACKUPS_DIR, name));
}

/** The newest backup that reads and validates, or null; damaged backups are skipped, left as they are. */
export async function newestGoodBackup(notebookDir: string): Promise<{ name: string; data: NotebookData } | null> {
  for (const name of await listBackups(notebookDir)) {
    const read = await readSnapshot(join(notebookDir, BACKUPS_DIR, name), `${BACKUPS_DIR}/${name}`).catch(() => null);
    if (read && 'data' in read) return { name, data: read.data };
  }
  return null;
}
