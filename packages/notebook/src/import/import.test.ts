// The import pipeline on real inputs: the five seed articles (with every clutter
// and body line labelled by hand in test-fixtures/seeds-labels.json) and text in
// the encodings researchers actually receive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, DossierError } from '@dossier/core';
import { buildArticleBody, decodeArticleBytes } from './index.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');
const LABELS = JSON.parse(readFileSync(join(import.meta.dirname, '../../test-fixtures/seeds-labels.json'), 'utf8')) as {
  articles: { file: string; clutter: string[]; must_keep: string[] }[];
};

function importSeed(file: string) {
  return buildArticleBody(readFileSync(join(SEEDS, file)), file);
}

/** Encodes with a legacy single-byte code page, using the platform's own table for it. */
function encodeSingleByte(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text], (ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`${label} cannot encode ${ch}`);
    return byte;
  });
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

describe('titles', () => {
  const title = (file: string) => importSeed(file);

  it('takes the headline line when the article starts with one, and does not keep a repeated headline twice', () => {
    const article = title('000_8e00d78a7fda13e9.txt');
    expect(article).toMatchObject({
      title: 'The United States provides secret support to Ukraine for attacks on Russian energy infrastructure',
      titleDerived: false,
    });
    expect(article.blocks[0]!.text).not.toBe(article.title);
    expect(title('003_2c4ccad2c704752d.txt')).toMatchObject({
      title: 'Ukraine and Russia discuss ending attacks on energy facilities',
      titleDerived: false,
    });
    expect(title('004_807654db1d0bfc78.txt')).toMatchObject({
      title: 'Ukraine and Russia in talks to safeguard energy sites',
      titleDerived: false,
    });
  });

  it('derives a short title from the lead when the article has no headline, and says so', () => {
    for (const file of ['001_09603d2834301279.txt', '002_f2127c0ecd18b88d.txt']) {
      const article = title(file);
      expect(article.titleDerived).toBe(true);
      expect(article.title.length).toBeLessThanOrEqual(81);
      const lead = article.blocks[0]!.text;
      expect(lead.startsWith(article.title.replace(/…$/u, ''))).toBe(true);
    }
  });
});

describe('clutter on the seeds', () => {
  for (const labelled of LABELS.articles) {
    it(`${labelled.file}: marks every labelled clutter line with a reason and keeps every body line`, () => {
      const { blocks } = importSeed(labelled.file);
      const clean = cleanText(blocks);
      for (const line of labelled.clutter) {
        const block = blocks.find((b) => b.text.includes(line.trim()) || line.includes(b.text.trim()));
        expect(block, line).toBeDefined();
        expect(block!.clutter?.reason, line).toMatch(/\w/u);
        expect(clean.includes(line.trim()), line).toBe(false);
      }
      for (const sentence of labelled.must_keep) expect(clean, sentence).toContain(sentence.trim());
    });
  }
});

describe('clutter on outlets never seen', () => {
  const body = [
    'Headline about a harbour strike',
    'Dock workers in the port walked out on Monday after talks over pay broke down, the union said.',
    'Germany pledged support for the mediation effort, according to two officials.',
    'ADVERTISEMENT',
    'Share this article',
    'The strike is expected to last at least three days and to delay shipments across the region.',
    'Read more:',
    'Ten things to know about ports',
    'Why shipping costs keep rising',
  ].join('\n');

  it('marks labels and a teaser list, and keeps real sentences that merely sound like appeals', () => {
    const { blocks } = buildArticleBody(new TextEncoder().encode(body), 'harbour.txt');
    const marked = blocks.filter((b) => b.clutter).map((b) => b.text);
    expect(marked).toEqual([
      'ADVERTISEMENT',
      'Share this article',
      'Read more:',
      'Ten things to know about ports',
      'Why shipping costs keep rising',
    ]);
    expect(cleanText(blocks)).toContain('Germany pledged support for the mediation effort');
  });

  it('marks a line the notebook has seen in several other articles as repeated boilerplate', () => {
    const boilerplate = new Set(['this story was produced with the help of our readers']);
    const text = `${body.split('\nADVERTISEMENT')[0]}\nThis story was produced with the help of our readers.`;
    const { blocks } = buildArticleBody(new TextEncoder().encode(text), 'harbour.txt', { boilerplate });
    expect(blocks.map((b) => b.clutter?.reason ?? null)).toEqual([null, null, expect.stringMatching(/repeated/u)]);
  });
});

describe('decoding', () => {
  const russian = 'Переговоры о прекращении ударов по энергетическим объектам продолжаются, сообщил дипломат.';
  const french = 'Les négociations reprendront à Genève, a déclaré le ministre — sans préciser la date.';

  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(french), 'UTF-8'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(french)]), 'UTF-8'],
    ['UTF-16 LE with BOM', utf16(russian, 'le'), 'UTF-16LE'],
    ['UTF-16 BE with BOM', utf16(russian, 'be'), 'UTF-16BE'],
  ])('reads %s', (_name, bytes, encoding) => {
    const decoded = decodeArticleBytes(bytes, 'a.txt');
    expect(decoded.encoding).toBe(encoding);
    expect([french, russian]).toContain(decoded.text);
  });

  it.each([
    ['windows-1251', russian],
    ['koi8-r', russian],
    ['windows-1252', french],
  ])('detects the legacy encoding %s and decodes the text exactly', (label, text) => {
    const paragraph = Array.from({ length: 4 }, () => text).join('\n');
    const decoded = decodeArticleBytes(encodeSingleByte(paragraph, label), 'legacy.txt');
    expect(decoded.text).toBe(paragraph);
  });

  it.each([
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['a ZIP archive', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])],
    ['a file with NUL bytes', Uint8Array.from([0x41, 0x42, 0, 0x43, 0x44])],
    ['an empty file', new Uint8Array()],
  ])('refuses %s with one clear line naming the file', (_name, bytes) => {
    let error: unknown;
    try {
      decodeArticleBytes(bytes, 'suspect.txt');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe('refused_file');
    expect((error as DossierError).message).toMatch(/^suspect\.txt: /u);
    expect((error as DossierError).message).not.toContain('\n');
  });
});
