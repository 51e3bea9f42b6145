// The vocabulary's variant lookups are built on the first query that needs
// them and kept in step from then on. Either way a vocabulary answers alike:
// one asked before, between and after its changes gives the answers of one
// asked only at the end, and of one built from the final terms at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermVocabulary } from './variants.js';

const NAMES = ['zelensky', 'zelenskyy', 'zelenskyi', 'zleneksy', 'kremlin', 'kremlinn', 'kyiv', 'kiev', 'київ'];
const WORDS = ['meeting', 'meetings', 'melting', 'jury', 'juror', 'government', 'goverment', 'ending', 'sending'];
const TERMS = [...NAMES, ...WORDS];
const QUERIES = ['zelensky', 'zelenksy', 'kremlin', 'kiev', 'jury', 'meeting', 'goverment', 'sending'];
const PREFIXES = ['z', 'ze', 'kr', 'me', 'k'];

function answers(vocabulary: TermVocabulary) {
  return {
    variants: QUERIES.map((q) => vocabulary.variantsOf(q)),
    completions: PREFIXES.map((p) => vocabulary.commonCompletions(p, 5)),
  };
}

type Step = { add: boolean; terms: string[] };
const steps = fc.array(
  fc.record({ add: fc.boolean(), terms: fc.uniqueArray(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 6 }) }),
  { minLength: 1, maxLength: 25 },
);

function apply(vocabulary: TermVocabulary, step: Step, counts: Map<string, number>): void {
  if (step.add) {
    vocabulary.add(step.terms);
    for (const t of step.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  } else {
    // Only terms a document holds are removed, as the index does.
    const held = step.terms.filter((t) => (counts.get(t) ?? 0) > 0);
    vocabulary.remove(held);
    for (const t of held) counts.set(t, counts.get(t)! - 1);
  }
}

describe('TermVocabulary built lazily', () => {
  it('answers alike whether asked during its changes or only after them', () => {
    fc.assert(
      fc.property(steps, (changes) => {
        const askedThroughout = new TermVocabulary();
        const askedAtEnd = new TermVocabulary();
        const counts = new Map<string, number>();
        for (const step of changes) {
          apply(askedThroughout, step, new Map(counts));
          apply(askedAtEnd, step, counts);
          answers(askedThroughout);
        }
        const loaded = new TermVocabulary();
        loaded.addCounts([...counts].filter(([, n]) => n > 0));
        expect(answers(askedThroughout)).toEqual(answers(askedAtEnd));
        expect(answers(loaded)).toEqual(answers(askedAtEnd));
      }),
      { numRuns: 60 },
    );
  });

  it('forgets a removed term in a lookup already built', () => {
    const vocabulary = new TermVocabulary();
    vocabulary.add(['zelensky', 'zelenskyy', 'zleneksy']);
    expect(vocabulary.variantsOf('zelensky')).toEqual(['zelenskyy', 'zleneksy']);
    expect(vocabulary.commonCompletions('zel', 5)).toEqual(['zelensky', 'zelenskyy']);
    vocabulary.remove(['zleneksy', 'zelenskyy']);
    expect(vocabulary.variantsOf('zelensky')).toEqual([]);
    expect(vocabulary.commonCompletions('zel', 5)).toEqual(['zelensky']);
    vocabulary.add(['zelenskyi']);
    expect(vocabulary.variantsOf('zelensky')).toEqual(['zelenskyi']);
  });
});
