import { describe, expect, it } from 'vitest';
import { consonantsMeet, romanizeUnvoweled, unvoweledScript } from './abjad.js';
import { normalizeTerm } from './tokenize.js';
import { soundDoorKey, soundsAlike } from './transliterate.js';
import { TermVocabulary } from './variants.js';

const n = normalizeTerm;

describe('romanizeUnvoweled: Arabic and Devanagari in folded Latin letters', () => {
  it('writes the consonants and the long vowels Arabic writes', () => {
    expect(romanizeUnvoweled(n('ترامب'))).toBe('tramb');
    expect(romanizeUnvoweled(n('إيران'))).toBe('airan');
    expect(romanizeUnvoweled(n('قطر'))).toBe('ktr');
    expect(romanizeUnvoweled(n('طهران'))).toBe('thran');
  });

  it('leaves off the article ال, with a preposition before it, and the conjunction و', () => {
    expect(romanizeUnvoweled(n('العديد'))).toBe('edid');
    expect(romanizeUnvoweled(n('الإسرائيلي'))).toBe('asraili');
    expect(romanizeUnvoweled(n('بالعراق'))).toBe('erak');
    expect(romanizeUnvoweled(n('وإيران'))).toBe('airan');
    expect(romanizeUnvoweled(n('والرد'))).toBe('rd');
  });

  it('keeps a و that begins a short word, as the consonant w', () => {
    expect(romanizeUnvoweled(n('وعند'))).toBe('vend');
    expect(romanizeUnvoweled(n('وادي'))).toBe('vadi');
  });

  it('reads Devanagari after normalisation has stripped its vowel signs', () => {
    expect(n('पुतिन')).toBe('पतन');
    expect(romanizeUnvoweled(n('पुतिन'))).toBe('ptn');
    expect(romanizeUnvoweled(n('अलास्का'))).toBe('alsk');
  });

  it('leaves other scripts as they are', () => {
    expect(romanizeUnvoweled('trump')).toBe('trump');
    expect(unvoweledScript('зеленский')).toBeUndefined();
  });
});

describe('soundsAlike across a script without written vowels', () => {
  // Spellings from Arabic and Hindi news of June 2025 (Israel–Iran war, Alaska summit).
  const pairs: [string, string][] = [
    ['Trump', 'ترامب'],
    ['Israel', 'إسرائيل'],
    ['Israeli', 'الإسرائيلي'],
    ['Iran', 'إيران'],
    ['Tehran', 'طهران'],
    ['Teheran', 'طهران'],
    ['Tehran', 'وطهران'],
    ['Netanyahu', 'نتنياهو'],
    ['Tamim', 'تميم'],
    ['Baghdad', 'بغداد'],
    ['Donald', 'دونالد'],
    ['Benjamin', 'بنيامين'],
    ['Alaska', 'अलास्का'],
  ];
  it.each(pairs)('%s ~ %s', (a, b) => {
    expect(soundsAlike(n(a), n(b))).toBe(true);
    expect(soundDoorKey(n(a))).toBe(soundDoorKey(n(b)));
  });

  const apart: [string, string][] = [
    // عدد is "number": two consonants, and the ei of Udeid is not written in it.
    ['Udeid', 'عدد'],
    ['dead', 'عدد'],
    // Different consonants or order.
    ['Tehran', 'طهر'],
    ['Iran', 'ريان'],
    ['Trump', 'ترم'],
    // A vowel the Arabic writes where the Latin spelling has none: قطرة is "a drop".
    ['Qatar', 'قطرة'],
    // Short Latin words are not compared.
    ['bin', 'بن'],
    // Too few letters to tell a name from the words of three root consonants (لقد "indeed" is not looked):
    // Qatar, Hamad and Udeid are lost with them.
    ['looked', 'لقد'],
    ['Qatar', 'قطر'],
    ['Hamad', 'حمد'],
    ['Udeid', 'العديد'],
    ['added', 'العديد'],
    // Two consonants: every vowel written, one long vowel of its colour each (ساعات "hours", حوالي "about").
    ['seat', 'ساعات'],
    ['shot', 'ساعات'],
    ['hole', 'حوالي'],
    // Devanagari shows consonants only: पतन is Putin, and the word "downfall", and beaten.
    ['Putin', 'पुतिन'],
    ['beaten', 'पुतिन'],
  ];
  it.each(apart)('%s is not %s', (a, b) => {
    expect(soundsAlike(n(a), n(b))).toBe(false);
  });

  it('compares two Arabic spellings by their romanisation only', () => {
    expect(soundsAlike(n('إيران'), n('ايران'))).toBe(true);
    expect(soundsAlike(n('إيران'), n('قطر'))).toBe(false);
  });
});

describe('consonantsMeet', () => {
  it('needs every written vowel to stand where the Latin spelling has a vowel of its colour', () => {
    expect(consonantsMeet('tehran', 'thran', 'arabic')).toBe(true);
    expect(consonantsMeet('tehrn', 'thran', 'arabic')).toBe(false);
    expect(consonantsMeet('tehrin', 'thran', 'arabic')).toBe(false);
    expect(consonantsMeet('tehrin', 'thren', 'arabic')).toBe(true);
  });

  it('needs a short name written in full', () => {
    expect(consonantsMeet('iran', 'airan', 'arabic')).toBe(true);
    expect(consonantsMeet('iran', 'arn', 'arabic')).toBe(false);
  });

  it('compares b with p, as Arabic has no p', () => {
    expect(consonantsMeet('trump', 'tramb', 'arabic')).toBe(true);
    expect(consonantsMeet('trunk', 'tramb', 'arabic')).toBe(false);
  });
});

describe('a vocabulary finds Arabic and Devanagari spellings of a Latin query term', () => {
  const vocabulary = new TermVocabulary();
  vocabulary.add(['trump', 'tramp', 'iran', 'tehran', 'alaska', 'looked', 'beaten'].map(n));
  vocabulary.add(['ترامب', 'إيران', 'وطهران', 'عدد', 'لقد', 'पुतिन', 'अलास्का'].map(n));

  it('finds them through the sound door, both ways', () => {
    expect(vocabulary.variantsOf('trump')).toContain(n('ترامب'));
    expect(vocabulary.variantsOf('iran')).toEqual([n('إيران')]);
    expect(vocabulary.variantsOf(n('وطهران'))).toEqual(['tehran']);
    expect(vocabulary.variantsOf('alaska')).toEqual([n('अलास्का')]);
  });

  it('does not give a common word an Arabic or Devanagari word of its consonants', () => {
    expect(vocabulary.variantsOf('dead')).toEqual([]);
    expect(vocabulary.variantsOf('looked')).toEqual([]);
    expect(vocabulary.variantsOf('beaten')).toEqual([]);
  });
});
