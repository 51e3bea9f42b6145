// The vocabulary saved inside index/search.sqlite when the index is marked
// current: read back on open instead of counting every posting list again,
// and only while it is whole and names the index's fingerprint.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { skeletonKey, soundKey } from '@dossier/search';
import { FtsArticleIndex } from './fts-article-index.js';
import { SAVED_VOCABULARY_KEY, decodeVocabulary, encodeVocabulary } from './saved-vocabulary.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function markedIndex(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-vocabulary-'));
  dirs.push(dir);
  const path = join(dir, 'search.sqlite');
  const index = FtsArticleIndex.open(path);
  index.add({ id: 'a', title: 'Talks', body: 'President Zelenskyi spoke in Doha.', notes: '', tags: ['energy'] });
  index.add({ id: 'b', title: 'Strikes', body: 'Zelensky visited refineries near Kyiv.', notes: '', tags: [] });
  index.add({ id: 'c', title: 'Markets', body: 'Refineries and markets in Doha.', notes: '', tags: [] });
  index.markCurrent('rev-3');
  index.close();
  return path;
}

/** Runs `work` on the index file through SQLite directly, as damage or another program would. */
function withFile<T>(path: string, work: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

const savedText = (path: string) =>
  withFile(path, (db) => {
    const row = db.prepare('SELECT value FROM state WHERE key = ?').get(SAVED_VOCABULARY_KEY) as { value: string };
    return row.value;
  });
const setSaved = (path: string, text: string) =>
  withFile(path, (db) => db.prepare('UPDATE state SET value = ? WHERE key = ?').run(text, SAVED_VOCABULARY_KEY));

describe('the saved vocabulary', () => {
  it('decodes to exactly the terms and counts encoded, for the fingerprint it names only', () => {
    const entries: [string, number][] = [
      ['doha', 2],
      ['zelenskyi', 1],
      ['kyiv’s', 4],
    ];
    const text = encodeVocabulary('nb#7', entries);
    expect(decodeVocabulary(text, 'nb#7')?.entries).toEqual(entries);
    expect(decodeVocabulary(text, 'nb#8')).toBeNull();
    expect(decodeVocabulary(encodeVocabulary('nb#7', []), 'nb#7')?.entries).toEqual([]);
  });

  it('is refused when cut short, edited or not a saved vocabulary at all', () => {
    const text = encodeVocabulary('nb#7', [
      ['doha', 2],
      ['zelenskyi', 1],
    ]);
    expect(decodeVocabulary(text.slice(0, -3), 'nb#7')).toBeNull();
    expect(decodeVocabulary(text.replace('doha\t2\t', 'doha\t3\t'), 'nb#7')).toBeNull();
    expect(decodeVocabulary(text.split('\n')[0]!, 'nb#7')).toBeNull();
    expect(decodeVocabulary('', 'nb#7')).toBeNull();
    expect(decodeVocabulary(text, '')).toBeNull();
  });

  it('is written when the index is marked current, with every term and its document count', async () => {
    const path = await markedIndex();
    const saved = new Map(decodeVocabulary(savedText(path), 'rev-3')!.entries);
    expect(saved.get('doha')).toBe(2);
    expect(saved.get('refineries')).toBe(2);
    expect(saved.get('zelenskyi')).toBe(1);
    const counted = withFile(path, (db) => db.prepare('SELECT term, doc FROM vocab').all()) as {
      term: string;
      doc: number;
    }[];
    expect(saved).toEqual(new Map(counted.map((c) => [c.term, c.doc])));
  });

  it('is what a reopened index plans with while it names the index fingerprint', async () => {
    const path = await markedIndex();
    // A saved vocabulary that differs from the postings, yet whole: it must be the one read.
    const edited = decodeVocabulary(savedText(path), 'rev-3')!.entries.map(
      ([term, n]) => [term, term === 'doha' ? 9 : n] as const,
    );
    setSaved(path, encodeVocabulary('rev-3', edited));
    const index = FtsArticleIndex.open(path, { readOnly: true });
    expect(index.documentFrequency('doha')).toBe(9);
    index.close();
  });

  it('is ignored when damaged, and the vocabulary is counted from the postings instead', async () => {
    const path = await markedIndex();
    setSaved(path, savedText(path).replace('doha\t2\t', 'doha\t9\t'));
    const index = FtsArticleIndex.open(path, { readOnly: true });
    expect(index.documentFrequency('doha')).toBe(2);
    expect(index.search('Zelensky').map((h) => h.id)).toEqual(expect.arrayContaining(['a', 'b']));
    index.close();
  });

  it('is ignored once the index changed after it was saved, so a crash before the next mark counts again', async () => {
    const path = await markedIndex();
    const index = FtsArticleIndex.open(path);
    index.add({ id: 'd', title: 'Doha', body: 'More talks in Doha.', notes: '', tags: [] });
    index.close();
    const reopened = FtsArticleIndex.open(path);
    expect(reopened.fingerprint).toBe('');
    expect(reopened.documentFrequency('doha')).toBe(3);
    reopened.markCurrent('rev-4');
    reopened.close();
    expect(new Map(decodeVocabulary(savedText(path), 'rev-4')!.entries).get('doha')).toBe(3);
  });

  it('carries each term’s variant keys, and the vocabulary reopened with them finds the same variants', async () => {
    const path = await markedIndex();
    const saved = decodeVocabulary(savedText(path), 'rev-3')!;
    expect(saved.keys?.terms).toEqual(saved.entries.map(([term]) => term));
    expect(savedText(path)).toContain(`zelenskyi\t1\t${soundKey('zelenskyi')}\t${skeletonKey('zelenskyi')}\t`);
    const reopened = FtsArticleIndex.open(path, { readOnly: true });
    expect(
      reopened
        .search('Zelenskyy')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['a', 'b']);
    reopened.close();
  });

  it('drops keys that this build would not give, keeping the counts', () => {
    const text = encodeVocabulary('nb#7', [['zelenskyi', 1]]);
    const line = text.split('\n')[1]!;
    const [term, documents] = line.split('\t');
    const stale = `${term}\t${documents}\tzzz\t\t`;
    const header = text.split('\n')[0]!.split(' ');
    header[2] = crc32(stale).toString(16).padStart(8, '0');
    const decoded = decodeVocabulary(`${header.join(' ')}\n${stale}`, 'nb#7');
    expect(decoded?.entries).toEqual([['zelenskyi', 1]]);
    expect(decoded?.keys).toBeNull();
  });

  it('still reads a vocabulary saved without keys, and saves it again with them at the next mark', async () => {
    const path = await markedIndex();
    const withoutKeys = decodeVocabulary(savedText(path), 'rev-3')!.entries;
    const body = withoutKeys.map(([term, n]) => `${term}\t${n}`).join('\n');
    const crc = crc32(body).toString(16).padStart(8, '0');
    setSaved(path, `dossier-vocabulary-1 ${withoutKeys.length} ${crc} rev-3\n${body}`);
    expect(decodeVocabulary(savedText(path), 'rev-3')).toEqual({ entries: withoutKeys, keys: null });
    const index = FtsArticleIndex.open(path);
    expect(index.documentFrequency('doha')).toBe(2);
    index.markCurrent('rev-3');
    index.close();
    expect(savedText(path).startsWith('dossier-vocabulary-2 ')).toBe(true);
  });
});
