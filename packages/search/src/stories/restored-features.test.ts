// A restored index counts each article's cognates from its own term table, as
// adding does: on real multilingual prose (the seeds, in English and other
// languages) every article's cognates and every pair's evidence must come back
// as the index that saved them had them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cognateCounts } from './cognates.js';
import { StoryIndex } from './story-index.js';

const SEEDS = join(import.meta.dirname, '../../../../seeds');
const texts = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => readFileSync(join(SEEDS, n), 'utf8'));
// Each seed twice, the second in French words the cognate keys must meet ("énergie", "électrique").
const articles = texts.flatMap((text, i) => [
  [`en-${i}`, text],
  [`fr-${i}`, `${text.slice(0, 400)} La centrale électrique et le réseau d'énergie ont été frappés.`],
]);

describe('a restored story index', () => {
  it('has the cognates and the pair evidence of the index that saved it', () => {
    const saved = new StoryIndex();
    for (const [id, text] of articles) saved.add(id!, { text: text!, entities: [] });
    const restored = new StoryIndex();
    const order = saved.order();
    for (const id of saved.ids())
      expect(restored.restore(JSON.parse(JSON.stringify(saved.record(id, order))))).toBe(true);
    for (const id of saved.ids()) {
      const cognates = restored.features(id)!.cognates!;
      expect(cognates.size).toBeGreaterThan(0);
      expect([...cognates]).toEqual([...saved.features(id)!.cognates!]);
      expect([...cognates]).toEqual([...cognateCounts(restored.features(id)!.terms)]);
    }
    for (const [a] of articles)
      for (const [b] of articles) expect(restored.compare(a!, b!)).toEqual(saved.compare(a!, b!));
    expect(restored.groups()).toEqual(saved.groups());
  });
});
