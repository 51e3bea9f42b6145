// FTS5's merging is set once in the index file: a new index gets it, an index
// made with another gets it on its first writable open, and opening it again
// leaves the file as it was.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { FtsArticleIndex } from './fts-article-index.js';
import { AUTOMERGE } from './fts-schema.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function indexPath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-fts-merging-'));
  dirs.push(dir);
  return join(dir, 'search.sqlite');
}

function automergeOf(path: string): unknown {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return (db.prepare("SELECT v FROM docs_config WHERE k = 'automerge'").get() as { v: unknown } | undefined)?.v;
  } finally {
    db.close();
  }
}

describe("the search index's merging", () => {
  it('is set in a new index, and articles added are found as before', async () => {
    const path = await indexPath();
    const index = FtsArticleIndex.open(path);
    index.add({ id: 'a1', title: 'Talks on energy', body: 'The talks went on.', notes: '', tags: [] });
    expect(index.search('energy').map((hit) => hit.id)).toEqual(['a1']);
    index.close();
    expect(AUTOMERGE).not.toBe(4);
    expect(automergeOf(path)).toBe(AUTOMERGE);
  });

  it('is set in an index made with another on its first writable open, and not written again', async () => {
    const path = await indexPath();
    FtsArticleIndex.open(path).close();
    // As an index made before the setting, or by a Dossier with another: FTS5's default.
    const made = new DatabaseSync(path);
    made.exec("INSERT INTO docs(docs, rank) VALUES('automerge', 4)");
    made.close();
    FtsArticleIndex.open(path, { readOnly: true }).close();
    expect(automergeOf(path)).toBe(4);
    FtsArticleIndex.open(path).close();
    expect(automergeOf(path)).toBe(AUTOMERGE);
    const before = await readFile(path);
    FtsArticleIndex.open(path).close();
    expect(await readFile(path)).toEqual(before);
  });
});
