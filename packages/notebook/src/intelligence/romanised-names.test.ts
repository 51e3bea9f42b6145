// One person or place written by the romanisation of each outlet's language
// (Peskov, Peskow, Pieskow; Kharkiv, Charkiw, Charków; Khrushchev,
// Chruschtschow, Khrouchtchev, Chruszczow): a search for one spelling finds
// the articles of every spelling, and `entities` makes one entity of them,
// on a real notebook folder. The articles are made up for this spec.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../index.js';
import { call, tempDir } from '../../test/fixture.js';

const ARTICLES: Record<string, string> = {
  'english.txt':
    'Kremlin spokesman Dmitry Peskov said on Tuesday that talks about Kharkiv would wait.\n\n' +
    'Peskov added that the archive of Nikita Khrushchev stays closed to visitors this winter.',
  'german.txt':
    'Kremlin spokesman Dmitri Peskow told reporters that shelling near Charkiw had not stopped.\n\n' +
    'Peskow also spoke about a new biography of Nikita Chruschtschow published in Berlin.',
  'polish.txt':
    'Kremlin spokesman Dmitrij Pieskow said the delegation would not travel to Charków.\n\n' +
    'Pieskow was asked about the museum devoted to Nikita Chruszczow and declined to answer.',
  'french.txt':
    'Kremlin spokesman Dmitri Peskov repeated that a visit to Kharkov was out of the question.\n\n' +
    'Peskov compared the week to the crisis handled by Nikita Khrouchtchev decades ago.',
  'namesake.txt':
    'Nikolai Peskov, a chess coach from Tula, won the regional blitz tournament on Sunday.\n\n' +
    'Peskov said his students trained in the evenings at the town library.',
  'unrelated.txt':
    'Officials in Kherson reported that the ferry to the left bank resumed on Monday morning.\n\n' +
    'The pesky drizzle kept most travellers at home, and the market in Kirov stayed quiet.',
};

let dir: string;
let notebook: Notebook;
const sources = (hits: { source: string }[]) => [...new Set(hits.map((h) => h.source))].sort();

beforeAll(async () => {
  dir = await tempDir('romanised-names');
  notebook = await openNotebook(dir, { create: true });
  const files = Object.entries(ARTICLES).map(([name, text]) => ({
    name,
    dataBase64: Buffer.from(text).toString('base64'),
  }));
  await call(notebook.service, 'articles.import', { files });
});
afterAll(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a search for a name finds every romanisation of it', () => {
  it.each(['Peskov', 'Peskow', 'Pieskow'])('%s finds the English, German, Polish and French articles', async (q) => {
    const found = sources(await call(notebook.service, 'search.query', { q: `Dmitry ${q}` }));
    expect(found).toEqual(['english.txt', 'french.txt', 'german.txt', 'polish.txt']);
  });

  it.each(['Kharkiv', 'Charkiw', 'Charków', 'Kharkov'])(
    '%s finds every spelling of the city, not Kherson',
    async (q) => {
      expect(sources(await call(notebook.service, 'search.query', { q }))).toEqual([
        'english.txt',
        'french.txt',
        'german.txt',
        'polish.txt',
      ]);
    },
  );

  it.each(['Khrushchev', 'Chruschtschow', 'Khrouchtchev', 'Chruszczow'])('%s finds all four', async (q) => {
    expect(sources(await call(notebook.service, 'search.query', { q }))).toEqual([
      'english.txt',
      'french.txt',
      'german.txt',
      'polish.txt',
    ]);
  });
});

describe('entities merge the romanisations of one person, and keep namesakes apart', () => {
  it('makes one Dmitry Peskov of four spellings, and Nikolai Peskov another person', async () => {
    const people = (await call(notebook.service, 'entities.list', { q: 'peskov' })).filter((e) => e.kind === 'person');
    const dmitry = people.find((e) => /dmitr/iu.test(e.name));
    const nikolai = people.find((e) => /nikolai/iu.test(e.name));
    expect(dmitry?.articleCount).toBe(4);
    expect(dmitry!.aliases.join(' ')).toMatch(/Peskow/u);
    expect(dmitry!.aliases.join(' ')).toMatch(/Pieskow/u);
    expect(nikolai?.articleCount).toBe(1);
    expect(nikolai!.key).not.toBe(dmitry!.key);
  });

  it('makes one Nikita Khrushchev of the English, German, French and Polish spellings', async () => {
    const [khrushchev, ...others] = (await call(notebook.service, 'entities.list', { q: 'khrushchev' })).filter(
      (e) => e.kind === 'person',
    );
    expect(others).toEqual([]);
    expect(khrushchev?.articleCount).toBe(4);
  });
});
