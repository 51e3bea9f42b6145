// How far the search index has taken in the notebook's changes. Each index
// commit that writes records it, in the same transaction, so after a crash
// the index on disk says which revisions it holds whole. The next open then
// re-indexes only the articles the journal changed since (the journal's
// replay names them), not the whole notebook: at 100k articles that is a few
// articles instead of minutes. Anything the record cannot vouch for — another
// notebook, an index ahead of the notebook, changes already folded into the
// snapshot — falls back to a rebuild.
import type { ReplayedChanges } from './storage/changes.js';

export interface IndexProgress {
  /** The notebook (its `createdAt`) the index belongs to. */
  notebook: string;
  /** Every change up to this revision is in the index, highlights' notes and tags included. */
  complete: number;
  /** The newest revision any of the index's writes came from (later than `complete` while notes wait to be indexed). */
  wrote: number;
}

export function formatProgress(progress: IndexProgress): string {
  return JSON.stringify(progress);
}

/** The recorded progress, or null when there is none or it is not one (an older index). */
export function parseProgress(text: string): IndexProgress | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<IndexProgress>;
    const { notebook, complete, wrote } = value;
    if (typeof notebook !== 'string' || !Number.isInteger(complete) || !Number.isInteger(wrote)) return null;
    return { notebook, complete: complete!, wrote: wrote! };
  } catch {
    return null;
  }
}

/**
 * The articles to re-index so that an index at `progress` matches the notebook
 * (`notebook`, at `revision`) the open replayed `replayed` into; null when only
 * a rebuild can make it match.
 */
export function articlesToCatchUp(
  progress: IndexProgress | null,
  replayed: ReplayedChanges | null,
  notebook: string,
  revision: number,
): string[] | null {
  if (!progress || !replayed || progress.notebook !== notebook) return null;
  // The index holds a change the notebook does not (a journal cut short, a backup opened): it cannot be undone here.
  if (progress.wrote > revision || progress.complete > revision) return null;
  // The changes between the index's last whole revision and the snapshot are no longer in the journal.
  if (progress.complete < replayed.after) return null;
  const ids: string[] = [];
  for (const [id, rev] of replayed.articles) if (rev > progress.complete) ids.push(id);
  return ids;
}
