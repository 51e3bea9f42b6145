// What an article brings to same-story detection, in the languages outlets write in.
import { describe, expect, it } from 'vitest';
import { extractDates, extractFigures, sentenceFeatures } from './features.js';
import { STOP_WORDS, words } from '../tokenize.js';
import { compareArticles } from './similarity.js';
import { StoryIndex } from './story-index.js';

describe('figures', () => {
  it('gives one figure for 2,750 / 2.750 / 2 750 and keeps decimals apart from thousands', () => {
    expect([...extractFigures('2,750 tonnes; 2.750 Tonnen; 2 750 tonnes')]).toEqual(['2750']);
    expect([...extractFigures('8.7 million subscribers, 8,7 millions d’abonnés')]).toEqual(['8.7 m']);
    expect([...extractFigures('17 percent, 17 % et 17 pour cent')]).toEqual(['17 %']);
  });

  it('leaves out small bare numbers and years', () => {
    expect([...extractFigures('two ministers, 3 ships, in 2024, 232 square miles')]).toEqual(['232']);
  });
});

describe('content terms', () => {
  it('are the words search sees, less stop words, numbers and words of one or two letters, in any script', () => {
    const sentences = [
      'Zelenský’s aides said the 2,750 tonnes were stored at Beirut’s port — “for years”, officials added.',
      'Київ зазнав масованої атаки; Kyiv’s mayor Klitschko said 𠀀𠀁 characters and Ω-3 oils don’t count twice.',
      "L'explosion a détruit l’entrepôt n° 12 du port de Beyrouth, selon l'AFP et Reuters.",
    ];
    const expected = new Map<string, number>();
    for (const { term } of sentences.flatMap((s) => words(s))) {
      if (term.length < 3 || STOP_WORDS.has(term) || /^\d+$/u.test(term)) continue;
      expected.set(term, (expected.get(term) ?? 0) + 1);
    }
    const { terms } = sentenceFeatures(sentences);
    expect([...terms]).toEqual([...expected]);
    expect(terms.get('zelenskys')).toBe(1);
    expect(terms.get('киів')).toBe(1);
    expect(terms.has('2750')).toBe(false);
  });
});

describe('dates', () => {
  it('reads day and month in English, French, Spanish, Portuguese, German and Dutch', () => {
    expect(
      extractDates(
        'March 10, 2019; Oct. 29, 2018; le 4 août 2020; el 15 de abril de 2019; em 10 de março; am 4. August 2020; op 18 juli',
      ),
    ).toEqual(['3-10', '10-29', '8-4', '4-15', '3-10', '8-4', '7-18']);
  });

  it('reads Ukrainian and Russian dates, and no month inside a longer word', () => {
    expect(extractDates('У ніч на 10 березня; 29 жовтня 2018; 4 августа; 15 апреля 2019')).toEqual([
      '3-10',
      '10-29',
      '8-4',
      '4-15',
    ]);
    expect(extractDates('12 martians, 3 maybes, 10 марталь')).toEqual([]);
  });
});

describe('comparing two reports', () => {
  const index = new StoryIndex();

  it('scores two reports of one crash above two crashes on different dates', () => {
    index.add('a', { text: 'On March 10 a Boeing 737 MAX crashed six minutes after take-off from Addis Ababa.' });
    index.add('b', { text: 'The Boeing 737 MAX that crashed on March 10 had left Addis Ababa minutes earlier.' });
    index.add('c', { text: 'On October 29 a Boeing 737 MAX crashed into the sea minutes after take-off.' });
    const same = index.compare('a', 'b')!;
    const other = index.compare('a', 'c')!;
    expect(same.leadDates).toBe('same');
    expect(other.leadDates).toBe('different');
    expect(same.score).toBeGreaterThan(other.score);
  });

  it('finds a copied sentence and says which', () => {
    const text = 'The Kremlin dismissed the report as fake news that has nothing to do with reality, a spokesman said.';
    const evidence = compareArticles(index.features('a')!, { ...index.features('a')! }, index);
    expect(evidence.containment).toBe(1);
    index.add('d', { text });
    index.add('e', { text: `Moscow reacted on Wednesday. ${text}` });
    expect(index.compare('d', 'e')!.sharedSentences).toEqual([text]);
  });

  it('weighs shared figures more between two languages, where the words cannot meet', () => {
    const de = 'Im Hafen explodierten 2.750 Tonnen Ammoniumnitrat; mehr als 4.000 Verletzte und 137 Tote.';
    const fr = "Au port, 2 750 tonnes de nitrate d'ammonium ont explosé ; plus de 4 000 blessés et 137 morts.";
    index.add('de', { text: de, language: 'deu' });
    index.add('fr', { text: fr, language: 'fra' });
    index.add('de?', { text: de });
    index.add('fr?', { text: fr });
    const across = index.compare('de', 'fr')!;
    expect(across.sharedFigures).toEqual(['2750', '4000', '137']);
    expect(across.score).toBeGreaterThan(index.compare('de?', 'fr?')!.score);
  });
});
