// Writing an Obsidian export into a folder without losing the user's work:
// files Dossier wrote before (known by `dossier-id` in their front matter) are
// updated in place, keeping everything below the marker line; files that are
// not Dossier's are never written over; every write is atomic.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MethodOutput } from '@dossier/core';
import { USER_MARKER, type VaultPlan } from './obsidian.js';

export interface VaultFileReport {
  path: string;
  status: 'created' | 'updated' | 'unchanged';
}

/** `dossier-id` from a file's front matter, if it has one. */
function dossierIdOf(content: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(content)?.[1];
  const raw = front && /^dossier-id:\s*(.+)$/mu.exec(front)?.[1]?.trim();
  return raw ? raw.replace(/^"(.*)"$/u, '$1') : undefined;
}

/** What follows the marker line: the user's part of a file. */
export function userPart(content: string): string | null {
  const at = content.indexOf(`\n${USER_MARKER}`);
  if (at === -1) return null;
  return content.slice(at + USER_MARKER.length + 2);
}

/** Reads what is in the folder: Dossier's earlier files by article, and everything else. */
export async function surveyVault(dir: string): Promise<VaultPlan & { contents: Map<string, string> }> {
  let names: string[] = [];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const existing: Record<string, string> = {};
  const reserved: string[] = [];
  const contents = new Map<string, string>();
  for (const name of names) {
    if (!name.toLowerCase().endsWith('.md')) {
      reserved.push(name);
      continue;
    }
    const content = await readFile(join(dir, name), 'utf8');
    const id = dossierIdOf(content);
    if (id && !existing[id]) {
      existing[id] = name;
      contents.set(name, content);
    } else reserved.push(name);
  }
  return { existing, reserved, contents };
}

/**
 * Exports into `dir` (created if needed). `render` is the `export.render`
 * call with the plan; a file's user part (below the marker) is carried over,
 * and an earlier file whose marker was deleted is kept whole below a new one.
 */
export async function writeObsidianVault(
  dir: string,
  render: (plan: VaultPlan) => Promise<MethodOutput<'export.render'>>,
  onFile?: (done: number, total: number) => void,
): Promise<VaultFileReport[]> {
  await mkdir(dir, { recursive: true });
  const survey = await surveyVault(dir);
  const { files } = await render({ existing: survey.existing, reserved: survey.reserved });
  const reports: VaultFileReport[] = [];
  for (const [i, file] of files.entries()) {
    const before = survey.contents.get(file.path);
    const kept = before === undefined ? '' : (userPart(before) ?? `\n${before}`);
    const content = file.content + kept;
    if (before === content) reports.push({ path: file.path, status: 'unchanged' });
    else {
      const target = join(dir, file.path);
      const temp = `${target}.dossier-${process.pid}.tmp`;
      await writeFile(temp, content, { encoding: 'utf8', flush: true });
      await rename(temp, target);
      reports.push({ path: file.path, status: before === undefined ? 'created' : 'updated' });
    }
    onFile?.(i + 1, files.length);
  }
  return reports;
}
