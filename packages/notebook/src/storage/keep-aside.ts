// A damaged file is never written over: before Dossier replaces or ignores it,
// a copy goes beside it under a name that says what happened and when.
import { basename, dirname, join } from 'node:path';
import { disk } from './disk.js';

/** `notebook.json` → `notebook.json.damaged-2026-12-01T09-30-00-000Z`; returns the copy's name. */
export async function keepAside(path: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/gu, '-');
  for (let n = 0; ; n++) {
    const name = `${basename(path)}.damaged-${stamp}${n ? `-${n}` : ''}`;
    try {
      await disk.copyFile(path, join(dirname(path), name));
      return name;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      throw error;
    }
  }
}
