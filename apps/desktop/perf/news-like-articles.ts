// Deterministic news-like articles for the UI benchmark, built from the real
// sentences of the sample corpus so the index sees real vocabulary and lengths.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const OUTLETS = ['Wire Daily', 'The Ledger', 'Harbour Post', 'Kyiv Dispatch', 'Continental Review', 'Evening Star'];

/** A small, fast, seedable generator (mulberry32): the same seed gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedSentences(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(join(seedsDir, name), 'utf8').split(/(?<=[.!?])\s+/u))
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter((s) => s.length > 40 && s.length < 400);
}

export interface GeneratedFile {
  name: string;
  text: string;
}

export function* newsLikeArticles(seedsDir: string, count: number, seed = 7): Generator<GeneratedFile> {
  const sentences = seedSentences(seedsDir);
  const next = random(seed);
  const pick = () => sentences[Math.floor(next() * sentences.length)]!;
  for (let i = 0; i < count; i++) {
    const title = pick()
      .split(' ')
      .slice(0, 6 + Math.floor(next() * 6))
      .join(' ')
      .replace(/[,.;:]+$/u, '');
    const paragraphs = Array.from({ length: 4 + Math.floor(next() * 5) }, () =>
      Array.from({ length: 2 + Math.floor(next() * 3) }, pick).join(' '),
    );
    const outlet = OUTLETS[i % OUTLETS.length]!;
    const text = [`${title} (${outlet} report ${i})`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    yield { name: `bench-${String(i).padStart(6, '0')}.txt`, text };
  }
}
