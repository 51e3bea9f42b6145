// The notebooks opened lately, newest first, kept in userData/recent.json. The
// file is checked on read: anything that is not a list of absolute paths is
// ignored rather than trusted, since it decides which folders the app opens.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';

const FORMAT_VERSION = 1;

export interface RecentNotebooks {
  list(): Promise<string[]>;
  /** Moves `dir` to the front; returns the new list. */
  add(dir: string): Promise<string[]>;
}

export function createRecentNotebooks(file: string, limit = 10): RecentNotebooks {
  const list = async (): Promise<string[]> => {
    let raw: string;
    try {
      raw = await readFile(file, 'utf8');
    } catch {
      return [];
    }
    return parseRecent(raw).slice(0, limit);
  };
  return {
    list,
    async add(dir) {
      const next = [dir, ...(await list()).filter((d) => d !== dir)].slice(0, limit);
      await mkdir(dirname(file), { recursive: true });
      // Written beside and renamed over, so a crash never leaves half a file.
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify({ version: FORMAT_VERSION, notebooks: next }, null, 2));
      await rename(temp, file);
      return next;
    },
  };
}

export function parseRecent(raw: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null) return [];
  const { version, notebooks } = data as { version?: unknown; notebooks?: unknown };
  if (version !== FORMAT_VERSION || !Array.isArray(notebooks)) return [];
  return notebooks.filter(
    (d): d is string => typeof d === 'string' && d.length > 0 && d.length <= 4000 && isAbsolute(d),
  );
}
