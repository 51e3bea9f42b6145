import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { seedArticles } from '../test/seed-articles.js';
import { anchor, describe, findQuote } from './anchoring.js';
import { DossierError } from './errors.js';
import { canonicalText } from './text.js';

const seedTexts = seedArticles().map((a) => canonicalText(a.blocks));
const [text000, text001, text002, text003, text004] = seedTexts as [string, string, string, string, string];

/** The range of `passage` in `text`; fails the test when it is not there. */
function rangeOf(text: string, passage: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(passage, from);
  expect(start, `seed text should contain ${JSON.stringify(passage)}`).toBeGreaterThanOrEqual(0);
  return { start, end: start + passage.length };
}

group('describe', () => {
  it('records the quote with up to 32 characters of context either side', () => {
    const { start, end } = rangeOf(text001, '“weaponizing winter”');
    const target = describe(text001, start, end);
    expect(target.position).toEqual({ start, end });
    expect(target.quote.exact).toBe('“weaponizing winter”');
    expect(target.quote.prefix).toBe(text001.slice(start - 32, start));
    expect(target.quote.suffix).toBe(text001.slice(end, end + 32));
  });

  it('clips the context at the ends of the text', () => {
    const target = describe(text002, 0, 10, 50);
    expect(target.quote.prefix).toBe('');
    expect(target.quote.suffix).toHaveLength(50);
    const tail = describe(text002, text002.length - 5, text002.length);
    expect(tail.quote.suffix).toBe('');
  });

  it.each([
    [5, 5],
    [7, 3],
    [-1, 4],
    [0, 1e9],
    [1.5, 4],
  ])('refuses the range %s–%s as invalid input', (start, end) => {
    expect(() => describe(text002, start, end)).toThrow(DossierError);
    try {
      describe(text002, start, end);
    } catch (e) {
      expect((e as DossierError).code).toBe('invalid_input');
    }
  });
});

group('anchor on the seed articles', () => {
  it('finds every described range again at its stored position', () => {
    for (const text of seedTexts) {
      for (let start = 0; start < text.length - 40; start += 97) {
        const end = Math.min(text.length, start + 1 + (start % 200));
        expect(anchor(text, describe(text, start, end))).toEqual({ start, end, method: 'position' });
      }
    }
  });

  it('follows the quote when a sentence earlier in the article changed length', () => {
    const target = describe(text003, ...range(rangeOf(text003, 'mediated by Qatar, which once again demonstrates')));
    const edited = text003.replace(
      'Ukraine and Russia discuss ending attacks',
      'Kyiv and Moscow are said to discuss ending strikes',
    );
    const found = anchor(edited, target);
    const shift = edited.length - text003.length;
    expect(found).toEqual({ start: target.position.start + shift, end: target.position.end + shift, method: 'quote' });
  });

  it('finds a passage whose wording was slightly edited, by fuzzy matching', () => {
    const passage = 'These strikes have diminished electricity production and interrupted essential heating';
    const target = describe(text001, ...range(rangeOf(text001, passage)));
    const edited = ('Update: corrected. ' + text001).replace('have diminished', 'have sharply reduced');
    const found = anchor(edited, target);
    expect(found?.method).toBe('fuzzy');
    expect(edited.slice(found!.start, found!.end)).toMatch(
      /^These strikes have sharply reduced electricity production and interrupted essential heatin/,
    );
  });

  it('says a deleted passage has no place any more', () => {
    const cases: [string, string][] = [
      [text001, 'Ukrainian authorities have alleged that Russia is “weaponizing winter” to undermine civilian morale.'],
      [text002, 'Peskov told reporters when asked to comment on the report'],
      [text004, 'where Ukraine controls 232 square miles'],
      [text003, 'the diplomat, who was informed'],
      // A look-alike survives elsewhere ("mediated by Qatar, which were close…"): not the same passage.
      [text003, 'by Qatar, which once'],
    ];
    for (const [text, passage] of cases) {
      const { start, end } = rangeOf(text, passage);
      const target = describe(text, start, end);
      const paragraphStart = text.lastIndexOf('\n\n', start);
      const paragraphEnd = text.indexOf('\n\n', end);
      const withoutParagraph = text.slice(0, paragraphStart) + text.slice(paragraphEnd);
      expect(anchor(withoutParagraph, target), passage).toBeNull();
    }
  });

  it('tells repeated text apart by its surroundings', () => {
    // 000 repeats its title as its first paragraph: highlight the second copy.
    const title = 'The United States provides secret support to Ukraine for attacks on Russian energy infrastructure';
    const first = rangeOf(text000, title);
    const second = rangeOf(text000, title, first.end);
    const target = describe(text000, second.start, second.end);
    const shifted = 'Exclusive. ' + text000;
    expect(anchor(shifted, target)).toEqual({ start: second.start + 11, end: second.end + 11, method: 'quote' });

    const firstTarget = describe(text000, first.start, first.end);
    expect(anchor(shifted, firstTarget)).toEqual({ start: first.start + 11, end: first.end + 11, method: 'quote' });
  });

  it('picks the right one of many occurrences of a name', () => {
    const occurrences = [...text001.matchAll(/Zelensky/gu)].map((m) => m.index);
    expect(occurrences.length).toBeGreaterThan(3);
    for (const at of occurrences) {
      const target = describe(text001, at, at + 'Zelensky'.length);
      const edited = text001.replace('Ukrainian President', 'The Ukrainian president,');
      const shift = edited.length - text001.length;
      expect(anchor(edited, target)).toMatchObject({ start: at + shift, method: 'quote' });
    }
  });

  it('stays fast on a long text when only fuzzy matching can find the quote', () => {
    const others = [text000, text002, text003, text004].join('\n\n');
    const long = Array.from({ length: 60 }, () => others).join('\n\n') + '\n\n' + text001; // ~700k characters
    const passage = 'Russia targeted Ukraine’s energy infrastructure in a large-scale missile and drone bombardment';
    const { start: at } = rangeOf(long, passage);
    const target = describe(long, at, at + passage.length);
    const edited = long.replace('large-scale', 'massive');
    const began = performance.now();
    const found = anchor('x' + edited, target);
    const took = performance.now() - began;
    expect(found?.method).toBe('fuzzy');
    expect(found?.start).toBe(at + 1);
    expect(took).toBeLessThan(5000);
  });
});

group('findQuote', () => {
  it('finds a verbatim quote at its first occurrence', () => {
    expect(findQuote(text001, 'Zelensky')).toEqual(rangeOf(text001, 'Zelensky'));
  });

  it('accepts straight quotes where the article has typographic ones', () => {
    const found = findQuote(text001, 'Russia launched a "massive" drone');
    expect(found && text001.slice(found.start, found.end)).toBe('Russia launched a “massive” drone');
  });

  it('accepts a hyphen where the article has a dash, and a space where it has a paragraph break', () => {
    const found = findQuote(text004, 'energy infrastructure-Ukrainian officials');
    expect(found && text004.slice(found.start, found.end)).toBe('energy infrastructure—Ukrainian officials');

    const acrossBlocks = findQuote(text001, '  the social platform X. "All of this  ');
    expect(acrossBlocks && text001.slice(acrossBlocks.start, acrossBlocks.end)).toBe(
      'the social platform X.\n\n“All of this',
    );
  });

  it('returns null for text the article does not contain', () => {
    expect(findQuote(text001, 'Zelensky resigned')).toBeNull();
    expect(findQuote(text001, '   ')).toBeNull();
  });
});

group('anchor properties', () => {
  const rangeIn = (text: string) =>
    fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
      const start = a % text.length;
      return { start, end: start + 1 + (b % (text.length - start)) };
    });
  const texts = fc.oneof(fc.string({ minLength: 1, maxLength: 400 }), fc.stringMatching(/^[ab .\n]{1,200}$/u));

  it('anchors every described range back to exactly that range', () => {
    fc.assert(
      fc.property(
        texts.chain((text) => fc.tuple(fc.constant(text), rangeIn(text))),
        ([text, { start, end }]) => {
          const found = anchor(text, describe(text, start, end));
          expect(found).toEqual({ start, end, method: 'position' });
        },
      ),
    );
  });

  it('still anchors to the same text after an insertion outside the range', () => {
    fc.assert(
      fc.property(
        texts.chain((text) => fc.tuple(fc.constant(text), rangeIn(text), fc.nat(), fc.string({ minLength: 1 }))),
        ([text, { start, end }, where, inserted]) => {
          const exact = text.slice(start, end);
          const gaps = [
            ...Array(start + 1).keys(),
            ...Array.from({ length: text.length - end + 1 }, (_, i) => end + i),
          ];
          const at = gaps[where % gaps.length]!;
          const edited = text.slice(0, at) + inserted + text.slice(at);
          const found = anchor(edited, describe(text, start, end));
          expect(found).not.toBeNull();
          expect(edited.slice(found!.start, found!.end)).toBe(exact);
          if (edited.indexOf(exact) === edited.lastIndexOf(exact)) {
            const shift = at <= start ? inserted.length : 0;
            expect(found).toMatchObject({ start: start + shift, end: end + shift });
          }
        },
      ),
    );
  });
});

function range(r: { start: number; end: number }): [number, number] {
  return [r.start, r.end];
}
