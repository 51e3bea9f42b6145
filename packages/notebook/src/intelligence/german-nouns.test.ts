// German capitalises every noun: the article tells its nouns from its names.
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.js';
import { germanNouns, isGermanNoun, withoutLeadingNouns } from './german-nouns.js';

const names = (text: string) => extractEntities(text, 'deu').map((m) => m.name);

describe('germanNouns', () => {
  it('collects the words the text uses after an article, a determiner or an inflected adjective', () => {
    const nouns = germanNouns('Die Feuerwehr kam spät. Im Hafen lag eine große Fähre, und der alte Kran stand still.');
    expect([...nouns].sort()).toEqual(['feuerwehr', 'fähre', 'hafen', 'kran']);
  });

  it('leaves a capitalised word that goes on into another: those are names', () => {
    expect(germanNouns('Sie sprach mit der Europäischen Zentralbank.').has('europäischen')).toBe(false);
    // Nor a name after "von": "von" is no article.
    expect(germanNouns('die von Hartmann geführte Firma').has('hartmann')).toBe(false);
  });
});

describe('isGermanNoun and withoutLeadingNouns', () => {
  it('tells nouns by the text, their endings, the calendar and sentence-start small words', () => {
    const nouns = new Set(['hafen']);
    expect(isGermanNoun('Hafen', nouns)).toBe(true);
    expect(isGermanNoun('Versorgung', nouns)).toBe(true);
    expect(isGermanNoun('Donnerstag', nouns)).toBe(true);
    expect(isGermanNoun('Nach', nouns)).toBe(true);
    expect(isGermanNoun('Kowalczyk', nouns)).toBe(false);
    expect(isGermanNoun('Wrocław', nouns)).toBe(false);
  });

  it('takes the nouns and the joining word off the front of a name', () => {
    const nouns = new Set(['hafen']);
    expect(withoutLeadingNouns('Hafen von Rostock', nouns)).toBe('Rostock');
    expect(withoutLeadingNouns('Stromnetzbetreiber Nordwatt', nouns)).toBe('Nordwatt');
    expect(withoutLeadingNouns('Europäische Zentralbank', nouns)).toBe('Europäische Zentralbank');
    expect(withoutLeadingNouns('Der Hafen', nouns)).toBe('');
  });
});

describe('extractEntities on German text', () => {
  const text =
    'Nach dem Sturm sagte die Bürgermeisterin, der Hafen von Rostock bleibe geschlossen. ' +
    'Die Reederei meldete Schäden, und in Stockholm warteten Passagiere. Kowalczyk, der Sprecher, nannte keine Zahl.';

  it('finds the places and people named inside sentences', () => {
    expect(names(text)).toEqual(expect.arrayContaining(['Rostock', 'Stockholm', 'Kowalczyk']));
  });

  it('does not take the common nouns for names', () => {
    const found = names(text);
    for (const noun of ['Sturm', 'Hafen', 'Reederei', 'Schäden', 'Passagiere', 'Sprecher', 'Zahl'])
      expect(found).not.toContain(noun);
  });
});
