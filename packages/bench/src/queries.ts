// The query mix both engines answer: what a researcher types — single words,
// two words, a word being typed (prefix), a misspelling, a name in one of its
// spellings — drawn deterministically from the corpus itself.
import { STOP_WORDS } from '@dossier/search';
import type { BenchArticle } from './generate.js';
import { seededRandom } from './generate.js';

export type QueryKind = 'word' | 'two words' | 'prefix' | 'misspelled' | 'name';

export interface BenchQuery {
  kind: QueryKind;
  /** What the user types into Dossier. */
  text: string;
  /** The same request in FTS5's MATCH syntax: each term quoted, a prefix as `"pre"*`. */
  fts: string;
}

const MIX: [QueryKind, number][] = [
  ['word', 0.35],
  ['two words', 0.25],
  ['prefix', 0.2],
  ['misspelled', 0.15],
  ['name', 0.05],
];

/**
 * `count` queries over `articles`, always the same for the same corpus.
 *
 * @example
 * benchQueries(articles, 3) // => [{ kind: 'word', text: 'jury', fts: '"jury"' }, …]
 */
export function benchQueries(articles: readonly BenchArticle[], count: number): BenchQuery[] {
  const random = seededRandom(4242);
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const article = articles[Math.floor(random() * articles.length)]!;
    const paragraphs = article.text.split('\n\n').slice(2);
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)] ?? '';
    const words = (paragraph.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w));
    if (words.length < 2) continue;
    const at = Math.floor(random() * (words.length - 1));
    const [first, second] = [words[at]!, words[at + 1]!];
    const kind = kindFor(random());
    const query = build(kind, first, second, random);
    if (query) queries.push(query);
  }
  return queries;
}

function kindFor(r: number): QueryKind {
  let sum = 0;
  for (const [kind, share] of MIX) {
    sum += share;
    if (r < sum) return kind;
  }
  return 'word';
}

function build(kind: QueryKind, first: string, second: string, random: () => number): BenchQuery | null {
  const quoted = (term: string) => `"${term}"`;
  switch (kind) {
    case 'word':
      return { kind, text: first, fts: quoted(first) };
    case 'two words':
      return { kind, text: `${first} ${second}`, fts: `${quoted(first)} ${quoted(second)}` };
    case 'prefix': {
      if (second.length < 5) return null;
      const typed = second.slice(0, 3 + Math.floor(random() * 3));
      return { kind, text: `${first} ${typed}`, fts: `${quoted(first)} ${quoted(typed)}*` };
    }
    case 'misspelled': {
      if (first.length < 7) return null;
      // Two neighbouring letters swapped inside the word: the commonest typing slip.
      const i = 1 + Math.floor(random() * (first.length - 3));
      const typo = first.slice(0, i) + first[i + 1] + first[i] + first.slice(i + 2);
      return typo === first ? null : { kind, text: typo, fts: quoted(typo) };
    }
    case 'name': {
      const name = ['zelensky', 'zelenskyi', 'zleneksy', 'zelenskyy'][Math.floor(random() * 4)]!;
      const text = random() < 0.5 ? name : `${name} ${first}`;
      return { kind, text, fts: text.split(' ').map(quoted).join(' ') };
    }
  }
}
