import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhrase } from './phrase.js';
import { makeSnippet } from './snippet.js';
import { normalizeTerm, words } from './tokenize.js';

const marked = (s: { snippet: string; marks: [number, number][] }) =>
  s.marks.map(([start, end]) => s.snippet.slice(start, end));

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('makeSnippet', () => {
  it('marks exactly the matched words, whatever their case, accents or apostrophes', () => {
    const s = makeSnippet('President Zelenský met ZELENSKY’s team; Zelenskyy was away.', ['zelensky', 'zelenskys']);
    expect(marked(s)).toEqual(['Zelenský', 'ZELENSKY’s']);
    expect(s.matches).toEqual([
      [10, 18],
      [23, 33],
    ]);
  });

  it('does not mark words that merely contain a term', () => {
    expect(marked(makeSnippet('Kremlinology is not the Kremlin.', ['kremlin']))).toEqual(['Kremlin']);
  });

  it('shows a short text whole, without ellipses', () => {
    const s = makeSnippet('Talks on energy sites.', ['energy']);
    expect(s.snippet).toBe('Talks on energy sites.');
    expect(s.marks).toEqual([[9, 15]]);
  });

  it('cuts a long text around the densest cluster of matches, at word boundaries, with … at cut ends', () => {
    const text = `${filler(60)} Qatar mediates talks on energy sites. ${filler(60)} energy ${filler(60)}`;
    const s = makeSnippet(text, ['qatar', 'talks', 'energy']);
    expect(s.snippet.startsWith('… word')).toBe(true);
    expect(s.snippet.endsWith(' …')).toBe(true);
    expect(s.snippet).toContain('Qatar mediates talks on energy sites.');
    expect(marked(s)).toEqual(['Qatar', 'talks', 'energy']);
    expect(s.matches).toHaveLength(4);
    expect(s.snippet.length).toBeLessThanOrEqual(200 + 4);
    for (const piece of s.snippet.replace(/^… | …$/gu, '').split(' ')) expect(piece).toMatch(/^(word\d+|\S+)$/u);
  });

  it('starts at the text’s beginning when nothing matches', () => {
    const s = makeSnippet(filler(100), ['absent'], 50);
    expect(s.snippet.startsWith('word0 word1')).toBe(true);
    expect(s.snippet.endsWith(' …')).toBe(true);
    expect(s.marks).toEqual([]);
    expect(s.matches).toEqual([]);
  });

  it('turns line breaks into spaces without moving offsets', () => {
    const s = makeSnippet('First paragraph.\n\nSecond paragraph names Kyiv.', ['kyiv']);
    expect(s.snippet).toBe('First paragraph.  Second paragraph names Kyiv.');
    expect(marked(s)).toEqual(['Kyiv']);
  });

  it('reports as matches every word of the text whose term is wanted, and cuts only at word boundaries', () => {
    const word = fc.constantFrom(
      'Zelenský',
      'kremlin',
      'Kyiv’s',
      'energy',
      'energies',
      'e\u0301',
      '\u0301',
      'Київ',
      '—',
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 120 }),
        fc.subarray(['zelensky', 'kyivs', 'київ', 'energy', 'e']),
        (ws, terms) => {
          const text = ws.join(' ');
          const all = words(text);
          const s = makeSnippet(text, terms, 60);
          const wanted = terms.map(normalizeTerm);
          expect(s.matches).toEqual(all.filter((w) => wanted.includes(w.term)).map((w) => [w.start, w.end]));
          const shown = s.snippet.replace(/^… /u, '').replace(/ …$/u, '');
          const start = s.snippet.startsWith('… ') ? text.replace(/\s/gu, ' ').indexOf(shown) : 0;
          if (start > 0) expect(all.some((w) => w.start === start)).toBe(true);
          if (s.snippet.endsWith(' …')) expect(all.some((w) => w.end === start + shown.length)).toBe(true);
        },
      ),
    );
  });

  it('always marks, in the snippet, the same words it reports as matches in the text', () => {
    const word = fc.constantFrom('Zelenský', 'kremlin', 'Kyiv’s', 'energy', 'talks', '—', 'Київ', 'and');
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 120 }),
        fc.subarray(['zelensky', 'kyivs', 'київ', 'energy']),
        (ws, terms) => {
          const text = ws.join(' ');
          const wanted = terms.map(normalizeTerm);
          const s = makeSnippet(text, terms, 80);
          for (const [start, end] of s.matches) expect(wanted).toContain(normalizeTerm(text.slice(start, end)));
          for (const word of marked(s)) expect(wanted).toContain(normalizeTerm(word));
          expect(s.marks.length).toBeLessThanOrEqual(s.matches.length);
          if (s.matches.length) expect(s.marks.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('findPhrase', () => {
  it('finds words in order across punctuation, ignoring case and accents', () => {
    const text = 'Talks on Energy — sites, not cities. Energy sites again.';
    expect(findPhrase(text, ['energy', 'sites']).map(([s, e]) => text.slice(s, e))).toEqual([
      'Energy — sites',
      'Energy sites',
    ]);
  });

  it('does not find the words out of order or apart', () => {
    expect(findPhrase('sites of energy', ['energy', 'sites'])).toEqual([]);
    expect(findPhrase('energy and sites', ['energy', 'sites'])).toEqual([]);
    expect(findPhrase('anything', [])).toEqual([]);
  });
});
