// A line is normalised for boilerplate the same way whatever its characters,
// and however often it is asked: plain ASCII takes a shorter road, which must
// lead to the lower-cased text with every run of anything but Unicode letters
// and digits made one space, trimmed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWS_PAGES_DIR } from '../../test/news-pages.js';
import { brownSentences } from '../../test/real-text.js';
import {
  hasMoreAsciiAlphanumerics,
  isBoilerplateLine,
  lineKey,
  normalizeBoilerplateLine,
  normalizedLineKey,
} from './boilerplate-line.js';

const byTheRule = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function linesOfSavedPages(): string[] {
  return readdirSync(NEWS_PAGES_DIR)
    .filter((n) => n.endsWith('.json'))
    .flatMap((name) => {
      const expected = (JSON.parse(readFileSync(join(NEWS_PAGES_DIR, name), 'utf8')) as { expected?: unknown })
        .expected as { cleaned_text?: string; title?: string } | undefined;
      const paragraphs = (expected?.cleaned_text ?? '').split(/\n+/u);
      // Their sentences too, as lines: short lines are what boilerplate is made of.
      return [expected?.title ?? '', ...paragraphs, ...paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/u))];
    });
}

const EDGES = [
  '',
  '   ',
  'Share this post:',
  'SHARE THIS POST!!!',
  'Tab\there,\u000bvertical\u001ctab and \u007f delete',
  '© 2024 Reuters / AFP — all rights reserved',
  'İstanbul’da ÇAĞ ve ŞİMŞEK',
  'Ⅻ chapters, ² squared, ½ half, ٣ three',
  '𝐁𝐨𝐥𝐝 mathematical letters 🇺🇦 and emoji 😀',
  'ǅungla and ß and ΣΑΣ',
  '\u00a0non-breaking\u00a0spaces\u2003and em spaces\u3000ideographic',
];

/** Plain ASCII whose letters, digits and gaps sit at either end, doubled, or alone. */
const ASCII_EDGES = [
  'a',
  '-',
  ' a ',
  '--a--b--',
  'A1b2C3',
  'x\u0000y\u007fz',
  '   leading and trailing   ',
  'Share  this   post!!',
  '...',
  'ZzAa@[`{',
];

describe('a line normalised for boilerplate', () => {
  const lines = [...linesOfSavedPages(), ...EDGES];

  it('is given lines of plain ASCII and of other scripts to compare on', () => {
    const ascii = lines.filter((l) => /^\p{ASCII}*$/u.test(l)).length;
    expect(ascii).toBeGreaterThan(100);
    expect(lines.length - ascii).toBeGreaterThan(100);
  });

  it('is the lower-cased text with each run of non-letters and non-digits one space, trimmed', () => {
    expect(lines.filter((l) => normalizeBoilerplateLine(l) !== byTheRule(l))).toEqual([]);
  });

  it('is the same when asked again, and after thousands of other lines', () => {
    const first = lines.map((l) => normalizeBoilerplateLine(l));
    for (let i = 0; i < 10_000; i++) normalizeBoilerplateLine(`Line number ${i}: Something`);
    expect(lines.map((l) => normalizeBoilerplateLine(l))).toEqual(first);
    expect(normalizeBoilerplateLine('  Share this post:  ')).toBe('share this post');
    expect(normalizeBoilerplateLine('Ça, c’est «ÉTÉ» 2024!')).toBe('ça c est été 2024');
  });
});

describe('a line told to be boilerplate or not', () => {
  const lines = [...linesOfSavedPages(), ...EDGES];

  it('is found as the set of normalised lines finds it, the long lines told apart by their length', () => {
    // Every fifth line is boilerplate: short and long ones, of every script.
    const known = new Set(lines.filter((_, i) => i % 5 === 0).map((l) => normalizeBoilerplateLine(l)));
    const byTheSet = lines.filter((l) => known.has(normalizeBoilerplateLine(l)));
    expect(byTheSet.length).toBeGreaterThan(100);
    expect(lines.filter((l) => isBoilerplateLine(known, l))).toEqual(byTheSet);
  });

  it('is found again once the set holds a longer line', () => {
    const known = new Set(['share this post']);
    const paragraph = 'Share this post with everyone you know, and with your friends and family as well.';
    expect(isBoilerplateLine(known, 'Share this post:')).toBe(true);
    expect(isBoilerplateLine(known, paragraph)).toBe(false);
    known.add(normalizeBoilerplateLine(paragraph));
    expect(isBoilerplateLine(known, paragraph)).toBe(true);
    expect(isBoilerplateLine(new Set(), 'Share this post:')).toBe(false);
  });

  it('counts ASCII letters and digits, whatever else the text holds', () => {
    expect(hasMoreAsciiAlphanumerics('Ab1 — ÉÉÉÉÉÉÉÉ', 3)).toBe(false);
    expect(hasMoreAsciiAlphanumerics('Ab1 — ÉÉÉÉÉÉÉÉ z', 3)).toBe(true);
    expect(hasMoreAsciiAlphanumerics('', 0)).toBe(false);
  });
});

describe("a line's key", () => {
  const lines = [...linesOfSavedPages(), ...EDGES, ...ASCII_EDGES, ...brownSentences().slice(0, 3000)];

  it('is the key of the line normalised, whether the text is plain ASCII or not', () => {
    expect(lines.filter((l) => normalizedLineKey(l) !== lineKey(byTheRule(l)))).toEqual([]);
  });

  it('tells the distinct lines of the saved pages and of Brown prose apart', () => {
    const distinct = [...new Set(lines.map(byTheRule))];
    expect(distinct.length).toBeGreaterThan(3000);
    expect(new Set(distinct.map(lineKey)).size).toBe(distinct.length);
  });
});
