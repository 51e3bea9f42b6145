// Citation keys for Pandoc (`[@gettleman2017united]`), CSL-JSON and BibTeX: the
// author's family name (else the outlet's first word), the year and the
// title's first significant word, in ASCII. Keys are computed over the whole
// catalog so an article keeps its key whatever a brief selects; where two
// articles would share one, the later import gets a letter (`…a`, `…b`).

/** What a key is made from: the fields every catalog entry has. */
export interface CitableArticle {
  id: string;
  title: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  importedAt: string;
}

const STOP_WORDS = new Set(
  'a an the of in on at to for and or but is are was were be with by from as de la le les el los das der die und un une des du et en y o e da do'.split(
    ' ',
  ),
);

/** Strips "By"/"Par"/"Von"/"Por" and splits a byline into people. */
export function bylineNames(byline: string | undefined): string[] {
  if (!byline?.trim()) return [];
  return byline
    .replace(/\(.*?\)/gu, ' ')
    .replace(/^\s*(by|par|von|por|di|door)\s+/iu, '')
    .split(/\s*(?:,|;|&|\band\b|\bet\b|\bund\b|\be\b|\by\b)\s*/iu)
    .map((n) => n.replace(/\s+/gu, ' ').trim())
    .filter((n) => n.length > 1);
}

/** `Jeffrey Gettleman` → family `Gettleman`, given `Jeffrey`; a one-word name is all family. */
export function splitName(name: string): { family: string; given?: string } {
  const parts = name.trim().split(/\s+/u);
  if (parts.length < 2) return { family: name.trim() };
  return { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
}

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
}

export type Creator = { family: string; given?: string } | { literal: string };

/** The article's authors as citation software wants them; a byline that is the outlet itself ("BBC News") is an organisation. */
export function creatorsOf(article: Pick<CitableArticle, 'author' | 'outlet'>): Creator[] {
  const outlet = article.outlet?.trim().toLowerCase();
  return bylineNames(article.author).map((name) =>
    name.toLowerCase() === outlet || !/\s/u.test(name) ? { literal: name } : splitName(name),
  );
}

/** The key an article would have if no other article shared it. */
export function baseCitekey(article: CitableArticle): string {
  const first = creatorsOf(article)[0];
  const person = first && 'family' in first ? first.family : undefined;
  const outletWord = (article.outlet ?? '')
    .replace(/\.[a-z]{2,3}\b/giu, '')
    .split(/\s+/u)
    .map(ascii)
    .find((w) => w && !STOP_WORDS.has(w));
  const who =
    (person ? ascii(person) : (outletWord ?? (first && 'literal' in first ? ascii(first.literal) : ''))) || 'anon';
  const year = /^(\d{4})/u.exec(article.publishedAt ?? '')?.[1] ?? 'nd';
  const word =
    article.title
      .split(/[\s\-–—:;,.!?'"“”‘’«»()]+/u)
      .map(ascii)
      .find((w) => w.length > 2 && !STOP_WORDS.has(w)) ?? '';
  return `${who}${year}${word}`;
}

/** Every article's key: unique over `articles`, stable as long as no earlier-imported article is added. */
export function citekeys(articles: readonly CitableArticle[]): Map<string, string> {
  const groups = new Map<string, CitableArticle[]>();
  for (const article of articles) {
    const base = baseCitekey(article);
    const group = groups.get(base);
    // Pushed, not copied: a copy per article made a large group quadratic.
    if (group) group.push(article);
    else groups.set(base, [article]);
  }
  const keys = new Map<string, string>();
  for (const [base, group] of groups) {
    if (group.length === 1) {
      keys.set(group[0]!.id, base);
      continue;
    }
    const ordered = [...group].sort((a, b) => compare(a.importedAt, b.importedAt) || compare(a.id, b.id));
    ordered.forEach((article, i) => keys.set(article.id, `${base}${letters(i)}`));
  }
  return keys;
}

/** 0 → a, 25 → z, 26 → aa. */
function letters(n: number): string {
  let out = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(97 + ((i - 1) % 26)) + out;
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
