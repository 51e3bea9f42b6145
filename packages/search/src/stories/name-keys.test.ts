import { describe, expect, it } from 'vitest';
import { nameWords } from './names.js';
import { nameWordKeys, ROMAN_NUMERAL, wordSound } from './name-keys.js';
import { distinctNames } from './similarity.js';

const keysOf = (...names: string[]) => nameWordKeys(names.map((n) => nameWords(n).join(' '))).map((k) => k.key);
const personKeys = (name: string) => nameWordKeys([nameWords(name).join(' ')], 'person').map((k) => k.name);

describe('nameWordKeys: the names two reports share, word by word and by sound', () => {
  it('gives one key to a name in another language, script or construction', () => {
    expect(keysOf('Hafen von Beirut')).toContain(keysOf('Beyrouth')[0]);
    expect(keysOf('Präsident Recep Tayyip Erdoğan')).toContain(keysOf('Эрдоган')[0]);
    expect(keysOf('Кахраманмараш')).toEqual(keysOf('Kahramanmaras'));
  });

  it('leaves out the small words that start or join names', () => {
    expect(keysOf('The Notre Dame Cathedral')).toEqual(keysOf('Notre Dame Cathedral'));
    expect(keysOf('Le Premier')).toEqual(keysOf('Premier'));
  });

  it('keeps different names apart', () => {
    expect(keysOf('Nantes')).not.toEqual(keysOf('Nairobi'));
    expect(wordSound('газиантепа')).toBe(wordSound('gaziantep'));
    expect(wordSound('sirait')).not.toBe(wordSound('sennes'));
  });

  it('tells Roman numerals exactly, so two popes or two kings do not share a name by sound', () => {
    expect(keysOf('León XIV')).not.toContain(keysOf('Benedicto XVI')[1]);
    expect(keysOf('Papst Leo XIV')).toContain(keysOf('Pope Leo XIV')[1]);
    expect(keysOf('Louis XVI')).toEqual(keysOf('Louis XVI'));
    expect(keysOf('Charles III')).not.toEqual(keysOf('Charles II'));
    expect(ROMAN_NUMERAL.test('xiv')).toBe(true);
    expect(ROMAN_NUMERAL.test('mix')).toBe(true);
    // Words that only look like numerals keep their sound keys.
    expect(ROMAN_NUMERAL.test('civil')).toBe(false);
    expect(ROMAN_NUMERAL.test('vivid')).toBe(false);
    expect(keysOf('Civil Defence')).toEqual(keysOf('Civill Defence'));
  });
});

describe('nameWordKeys of a person: the surname tells who it is', () => {
  it('keys a person by the surname alone, so titles and given names picked up on the way say nothing', () => {
    expect(personKeys('Kapitän Alvaro Morata')).toEqual(['Morata']);
    expect(personKeys('Spanish Prime Minister Pedro Sánchez')).toEqual(['Sanchez']);
    expect(personKeys('Luis de la Fuente')).toEqual(['Fuente']);
    expect(personKeys('Trainer Gareth Southgate')).toEqual(personKeys('Gareth Southgate'));
    expect(personKeys('Pedro Sánchez')).not.toEqual(personKeys('Pedro Rocha'));
  });

  it('keeps a regnal numeral with the name before it, and places and organisations whole', () => {
    expect(personKeys('König Felipe VI')).toEqual(['Felipe']);
    expect(personKeys('Papst Leo XIV')).toEqual(['Leo', 'Xiv']);
    expect(personKeys('Papst Leo XIV')).toEqual(personKeys('Pope Leo XIV'));
    expect(keysOf('Estadio Olímpico de Berlín')).toHaveLength(3);
    expect(keysOf('Nachmittag von Berlin')).toEqual(keysOf('Nachmittag Berlin'));
  });
});

describe('distinctNames: the shared names a "why" shows', () => {
  it('shows a name once and not again as a word of a longer name', () => {
    expect(distinctNames(['Notre Dame', 'French', 'french', 'Dame', 'Paris'])).toEqual([
      'Notre Dame',
      'French',
      'Paris',
    ]);
  });
});
