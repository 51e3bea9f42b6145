import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STOP_WORDS, type SearchDocument } from '@dossier/search';
import { brownSentences } from '../test/real-text.js';
import { seededRandom } from '../test/seeded-random.js';
import { FtsArticleIndex } from './fts-article-index.js';

const NAMES = ['Zelensky', 'Zelenskyi', 'Zleneksy'];

describe('search over the postings file', () => {
  let dir: string;
  let path: string;
  let plainPath: string;
  const bodies: string[] = [];
  const ids: string[] = [];

  const doc = (i: number, notes = ''): SearchDocument => ({
    id: `a${String(i).padStart(5, '0')}`,
    title: bodies[i]!.split(' ').slice(0, 6).join(' '),
    body: bodies[i]!,
    notes,
    tags: [['energy', 'politics'][i % 2]!],
    outlet: ['Wire Daily', 'The Ledger'][i % 2],
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-keeper-'));
    path = join(dir, 'search.sqlite');
    plainPath = join(dir, 'plain.sqlite');
    const sentences = brownSentences();
    for (let i = 0, at = 0; i < 460; i++, at += 20) {
      const lines = sentences.slice(at, at + 20);
      if (i % 3 === 0) lines.splice(1, 0, `${NAMES[i % 3]} met the delegation.`);
      bodies.push(lines.join(' '));
    }
    const index = FtsArticleIndex.open(path);
    index.batch(() => {
      for (let i = 0; i < 400; i++) index.add(doc(i));
    });
    index.markCurrent('first');
    expect(await index.refreshPostings()).toBe(true);
    // The notebook moves on without the file being written again: too few changes for that.
    index.batch(() => {
      // The article on the highest row goes, and others come: none may take a row the file holds.
      index.remove(doc(399).id);
      for (let i = 400; i < 460; i++) index.add(doc(i));
      for (let i = 0; i < 399; i += 11) index.remove(doc(i).id);
      for (let i = 5; i < 399; i += 17) if (i % 11) index.replace(doc(i, 'the delegation met again'));
    });
    index.markCurrent('second');
    expect(await index.refreshPostings()).toBe(true);
    expect(index.rankedByPostings).toBe(true);
    index.close();
    for (let i = 0; i < 460; i++) ids.push(doc(i).id);
    // The same index without a postings file: FTS5 alone answers from it.
    copyFileSync(path, plainPath);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function queries(count: number): string[] {
    const next = seededRandom(33);
    const found: string[] = [];
    while (found.length < count) {
      const words = (bodies[Math.floor(next() * bodies.length)]!.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter(
        (w) => !STOP_WORDS.has(w),
      );
      if (words.length < 2) continue;
      const at = Math.floor(next() * (words.length - 1));
      const pick = next();
      if (pick < 0.3) found.push(words[at]!);
      else if (pick < 0.6) found.push(`${words[at]} ${words[at + 1]}`);
      else if (pick < 0.8) found.push(`${words[at]} ${words[at + 1]!.slice(0, 3)}`);
      else found.push(NAMES[found.length % 3]!);
    }
    return found;
  }

  function answers(file: string, texts: readonly string[]) {
    const index = FtsArticleIndex.open(file, { readOnly: true });
    try {
      return { usedPostings: index.rankedByPostings, hits: texts.map((q) => index.search(q, { limit: 20 })) };
    } finally {
      index.close();
    }
  }

  it('answers every query as FTS5 alone does: the same articles, scores and terms', () => {
    const texts = queries(120);
    const pruned = answers(path, texts);
    const plain = answers(plainPath, texts);
    expect(pruned.usedPostings).toBe(true);
    expect(plain.usedPostings).toBe(false);
    expect(pruned.hits).toEqual(plain.hits);
    // Articles added after the file was written are among the answers.
    const added = new Set(ids.slice(400));
    expect(pruned.hits.filter((hits) => hits.some((h) => added.has(h.id))).length).toBeGreaterThan(20);
  });

  it('does not use a cut-off file, and still answers as FTS5 alone does', () => {
    const postings = `${path}.postings`;
    const bytes = readFileSync(postings);
    truncateSync(postings, Math.floor(bytes.length / 2));
    const texts = queries(30);
    const cut = answers(path, texts);
    expect(cut.usedPostings).toBe(false);
    expect(cut.hits).toEqual(answers(plainPath, texts).hits);
    writeFileSync(postings, bytes);
  });

  it('does not use the file of an index cleared since, and writes it anew', async () => {
    const index = FtsArticleIndex.open(path);
    index.clear();
    index.batch(() => {
      for (let i = 0; i < 30; i++) index.add(doc(i));
    });
    index.markCurrent('rebuilt');
    expect(index.rankedByPostings).toBe(false);
    expect(index.search(NAMES[0]!).every((hit) => ids.slice(0, 30).includes(hit.id))).toBe(true);
    expect(await index.refreshPostings()).toBe(true);
    expect(index.rankedByPostings).toBe(true);
    expect(index.search(NAMES[0]!).length).toBeGreaterThan(0);
    index.close();
    expect(existsSync(`${path}.postings.partial`)).toBe(false);
  });
});

describe('an index that lost its last commits after the postings file was written (a power cut: it is unsynced)', () => {
  it('gives new articles rows above the file’s, so the file never answers for them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-keeper-lost-'));
    try {
      const path = join(dir, 'search.sqlite');
      const text = brownSentences().slice(2000, 3000);
      const doc = (i: number, words: string): SearchDocument => ({
        id: `b${i}`,
        title: text[i]!,
        body: `${text[i + 300]} ${words}`,
        notes: '',
        tags: [],
      });
      const index = FtsArticleIndex.open(path);
      index.batch(() => {
        for (let i = 0; i < 50; i++) index.add(doc(i, 'harbour'));
      });
      index.close();
      copyFileSync(path, join(dir, 'before.sqlite'));
      const later = FtsArticleIndex.open(path);
      later.batch(() => {
        for (let i = 50; i < 100; i++) later.add(doc(i, 'lighthouse keeper'));
      });
      expect(await later.refreshPostings()).toBe(true);
      later.close();
      // The commits of articles 50–99 are lost; the postings file, which holds them, stays.
      copyFileSync(join(dir, 'before.sqlite'), path);
      const reopened = FtsArticleIndex.open(path);
      reopened.batch(() => {
        for (let i = 100; i < 110; i++) reopened.add(doc(i, 'glacier'));
      });
      expect(reopened.rankedByPostings).toBe(true);
      const lighthouse = reopened.search('lighthouse');
      const glacier = reopened.search('glacier').map((hit) => hit.id);
      reopened.close();
      expect(lighthouse).toEqual([]);
      expect(glacier.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `b${100 + i}`).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a reader beside the writer (the command line beside the app)', () => {
  it('sees the articles the writer removed and added since its first search, and answers as FTS5 alone does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-keeper-reader-'));
    try {
      const path = join(dir, 'search.sqlite');
      const text = brownSentences().slice(4000, 6000);
      const doc = (i: number): SearchDocument => ({
        id: `c${i}`,
        title: text[i]!,
        body: text.slice(300 + i * 6, 306 + i * 6).join(' '),
        notes: '',
        tags: [],
      });
      const writer = FtsArticleIndex.open(path);
      writer.batch(() => {
        for (let i = 0; i < 200; i++) writer.add(doc(i));
      });
      expect(await writer.refreshPostings()).toBe(true);
      const reader = FtsArticleIndex.open(path, { readOnly: true });
      const words = ['the', 'said', 'would', 'time', 'new', 'people', 'state', 'year'];
      expect(reader.search(words[1]!).length).toBeGreaterThan(0);
      expect(reader.rankedByPostings).toBe(true);
      // Ranked over the file now: what it knows of removed articles is worked out, before the writer goes on.
      expect(reader.search(words[1]!).length).toBeGreaterThan(0);
      writer.batch(() => {
        for (let i = 0; i < 200; i += 4) writer.remove(doc(i).id);
        for (let i = 200; i < 230; i++) writer.add(doc(i));
      });
      writer.close();
      copyFileSync(path, join(dir, 'plain.sqlite'));
      const plain = FtsArticleIndex.open(join(dir, 'plain.sqlite'), { readOnly: true });
      for (const word of words) expect(reader.search(word), word).toEqual(plain.search(word));
      expect(words.some((word) => reader.search(word).some((hit) => hit.id === 'c0'))).toBe(false);
      reader.close();
      plain.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
