// Two events of one series — the seventh and the eighth test flight of one
// rocket — share every name; the ordinal of the event tells them apart, in
// words or digits, in every language.
import { describe, expect, it } from 'vitest';
import { storyFeatures } from './features.js';
import { compareOrdinals, eventOrdinals } from './event-ordinals.js';
import { compareArticles, type DocumentFrequencies } from './similarity.js';

describe('event ordinals', () => {
  it('are read beside an event word in English, French, Spanish, German, Italian and Portuguese', () => {
    expect(eventOrdinals('SpaceX launched the seventh flight test of its Starship.')).toEqual([7]);
    expect(eventOrdinals("Il s'agissait de son huitième vol d'essai.")).toEqual([8]);
    expect(eventOrdinals('El séptimo vuelo de la nave espacial terminó mal.')).toEqual([7]);
    expect(eventOrdinals('Beim siebten Testflug explodierte die Rakete; der achte Raketenstart folgte.')).toEqual([
      7, 8,
    ]);
    expect(eventOrdinals("Fallisce anche l'ottavo test della Starship.")).toEqual([8]);
    expect(eventOrdinals('O oitavo voo de teste da Starship.')).toEqual([8]);
    expect(eventOrdinals('Video of Starship test flight 8 and of the 7th launch.')).toEqual([8, 7]);
  });

  it('leave out ordinals of anything else, and the first of anything', () => {
    expect(eventOrdinals('For the second time this year, the third stage of the plan was delayed.')).toEqual([]);
    expect(eventOrdinals('The first flight of the rocket; the first test.')).toEqual([]);
    expect(eventOrdinals('Spain won their fourth title; la cuarta Eurocopa.')).toEqual([]);
  });

  it("compare two articles by each one's first: a later ordinal is most often the event before", () => {
    const eighth = storyFeatures({ text: 'The eighth Starship test came barely a month after the seventh flight.' });
    const seventh = storyFeatures({ text: 'The seventh Starship test flight ended over the Caribbean.' });
    const also = storyFeatures({ text: 'Starship Flight 7 broke up over the Caribbean.' });
    const none = storyFeatures({ text: 'Starship broke up over the Caribbean.' });
    expect(compareOrdinals(eighth.figures, seventh.figures)).toBe('different');
    expect(compareOrdinals(seventh.figures, also.figures)).toBe('same');
    expect(compareOrdinals(seventh.figures, none.figures)).toBe('unknown');
  });

  it('scale a pair of two events of one series down, as two dates do', () => {
    const df: DocumentFrequencies = { count: 10, termFrequency: () => 2, entityFrequency: () => 2 };
    const seventh = storyFeatures({
      text: "SpaceX's seventh Starship test flight ended when the ship broke apart over the Caribbean after launch from Texas.",
    });
    const eighth = storyFeatures({
      text: 'The eighth Starship test flight of SpaceX ended as the ship broke apart over the Caribbean soon after its launch from Texas.',
    });
    const seventhAgain = storyFeatures({
      text: 'The ship of the seventh Starship flight broke apart over the Caribbean minutes after its launch from Texas.',
    });
    expect(compareArticles(seventh, seventhAgain, df).score).toBeGreaterThan(
      compareArticles(seventh, eighth, df).score + 0.1,
    );
  });
});
