// Deterministic news-like articles built from the Brown corpus: a headline,
// an outlet and date line, 600–900 words of consecutive Brown paragraphs,
// names spelled several ways, sometimes outlet clutter, and one highlight each.
// The same size always gives the same articles, so runs can be compared.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { BrownSample } from './brown.js';

/** A generated article as the benchmark imports it: a plain-text file and what is known about it. */
export interface BenchArticle {
  fileName: string;
  title: string;
  outlet: string;
  publishedAt: string;
  /** The whole file: headline, outlet line, paragraphs (and clutter, for some). */
  text: string;
  /** A sentence of the body to highlight, with its tags. */
  highlight: { quote: string; tags: string[] };
}

/** Bump when the generator's output changes, so a cached corpus of the old kind is not reused. */
export const GENERATOR_VERSION = 1;

/** Tag on exactly the highlights the brief figure exports (1,000 of them from 1k articles on). */
export const BRIEF_TAG = 'bench/brief';
export const BRIEF_QUOTES = 1000;

const OUTLETS = [
  'Reuters',
  'Associated Press',
  'The Guardian',
  'Financial Times',
  'Le Monde',
  'Kyiv Independent',
  'The Moscow Times',
  'Al Jazeera',
  'BBC News',
  'Deutsche Welle',
  'Politico Europe',
  'The Economist',
  'Bloomberg',
  'Meduza',
  'Novaya Gazeta Europe',
  'The New York Times',
  'Washington Post',
  'Euronews',
];
const TAGS = [
  'energy/refineries',
  'energy/gas',
  'energy/nuclear',
  'diplomacy/talks',
  'diplomacy/sanctions',
  'military/strikes',
  'military/drones',
  'economy/markets',
  'economy/inflation',
  'politics/elections',
  'politics/parliament',
  'society/courts',
  'society/media',
  'science/space',
  'culture/books',
  'sources/primary',
  'sources/disputed',
];
/** One person, spelled the ways news transliterates and mistypes the name. */
const NAME_VARIANTS = ['Zelensky', 'Zelenskyy', 'Zelenskyi', 'Zelenskiy', 'Zleneksy'];
const NAMES = ['Erdogan', 'Lukashenko', 'Tokayev', 'Shmyhal', 'Kuleba', 'Sybiha', 'Macron', 'Scholz', 'Orban'];
const CLUTTER = [
  ['Share this post:', 'Remind me later.'],
  ['A Message from the editors', 'Dear readers, please support our independent journalism with a monthly donation.'],
  ['More like this', 'A pop singer opens up about her new tour', 'Van Damme returns to the screen'],
  ['Every day we write for you. Give us a like on social media and follow us on Telegram.'],
];

/** mulberry32: a tiny seeded generator; `Math.random` would make every run different. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Article `i` of a corpus of `count`: depends only on `i`, `count` and the Brown samples. */
export function generateArticle(samples: readonly BrownSample[], i: number, count: number): BenchArticle {
  const random = seededRandom(i * 2654435761 + 17);
  const wanted = 600 + Math.floor(random() * 300);
  let sample = Math.floor(random() * samples.length);
  let at = Math.floor(random() * samples[sample]!.paragraphs.length);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < wanted) {
    const source = samples[sample]!.paragraphs;
    if (at >= source.length) {
      sample = (sample + 1) % samples.length;
      at = 0;
      continue;
    }
    let paragraph = source[at++]!;
    // News names people; the same one spelled differently across outlets is the case search must handle.
    const roll = random();
    if (roll < 0.08) paragraph = `${pick(random, NAME_VARIANTS)} said on ${weekday(random)} that ${lower(paragraph)}`;
    else if (roll < 0.16) paragraph = `${pick(random, NAMES)} told reporters that ${lower(paragraph)}`;
    paragraphs.push(paragraph);
    words += paragraph.split(' ').length;
  }
  const outlet = pick(random, OUTLETS);
  const publishedAt = isoDate(random);
  const title = headline(paragraphs[Math.floor(random() * paragraphs.length)]!);
  const clutter = random() < 0.2 ? pick(random, CLUTTER) : [];
  const text = [title, `${outlet} · ${publishedAt}`, ...paragraphs, ...clutter].join('\n\n');
  const sentences = paragraphs
    .flatMap((p) => p.split(/(?<=[.!?”])\s+/u))
    .filter((s) => s.length >= 40 && s.length <= 400);
  const quote = sentences.length ? pick(random, sentences) : paragraphs[0]!;
  const tags = [pick(random, TAGS)];
  if (random() < 0.3) tags.push(pick(random, TAGS));
  if (
    i % Math.max(1, Math.floor(count / BRIEF_QUOTES)) === 0 &&
    i / Math.max(1, Math.floor(count / BRIEF_QUOTES)) < BRIEF_QUOTES
  ) {
    tags.push(BRIEF_TAG);
  }
  const fileName = `${String(i).padStart(6, '0')}-${slug(title)}.txt`;
  return { fileName, title, outlet, publishedAt, text, highlight: { quote, tags: [...new Set(tags)] } };
}

/** Where generated corpora are kept between runs: outside the repository, in the user's cache. */
export function cacheDir(): string {
  const root = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(root, 'dossier-bench');
}

/**
 * The corpus of `count` articles, read from the cache when an identical one
 * was generated before, else generated and cached (as JSON lines).
 */
export function benchCorpus(samples: () => readonly BrownSample[], count: number): BenchArticle[] {
  const dir = cacheDir();
  const file = join(dir, `corpus-v${GENERATOR_VERSION}-${count}.jsonl`);
  if (existsSync(file)) {
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    if (lines.length === count) return lines.map((line) => JSON.parse(line) as BenchArticle);
  }
  const brown = samples();
  const articles = Array.from({ length: count }, (_, i) => generateArticle(brown, i, count));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp`, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  renameSync(`${file}.tmp`, file);
  return articles;
}

function headline(paragraph: string): string {
  const words = paragraph
    .replace(/[“”"(),;:]/gu, '')
    .split(' ')
    .slice(0, 5 + (paragraph.length % 6));
  const text = words.join(' ').replace(/[.!?'’]+$/u, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lower(paragraph: string): string {
  // "The jury said" → "the jury said", but names keep their capital.
  return /^(The|A|An|It|In|This|That|He|She|They|We|But|And)\b/u.test(paragraph)
    ? paragraph.charAt(0).toLowerCase() + paragraph.slice(1)
    : paragraph;
}

function weekday(random: () => number): string {
  return pick(random, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
}

function isoDate(random: () => number): string {
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 4 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, '')
      .slice(0, 40) || 'article'
  );
}
