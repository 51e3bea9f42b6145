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

  it('leaves off the article ال, with a preposition before it, of a word long enough', () => {
    expect(romanizeUnvoweled(n('العديد'))).toBe('adid');
    expect(romanizeUnvoweled(n('الإسرائيلي'))).toBe('asraili');
    expect(romanizeUnvoweled(n('بالعراق'))).toBe('arak');
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
    ['Qatar', 'قطر'],
    ['Katar', 'قطر'],
    ['Udeid', 'العديد'],
    ['Netanyahu', 'نتنياهو'],
    ['Tamim', 'تميم'],
    ['Hamad', 'حمد'],
    ['Thani', 'ثاني'],
    ['Baghdad', 'بغداد'],
    ['Putin', 'पुतिन'],
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
  it('needs every written vowel to stand where the Latin spelling has one', () => {
    expect(consonantsMeet('katar', 'ktr')).toBe(true);
    expect(consonantsMeet('ktar', 'katr')).toBe(false);
  });

  it('needs a short name written in full', () => {
    expect(consonantsMeet('iran', 'airan')).toBe(true);
    expect(consonantsMeet('iran', 'arn')).toBe(false);
  });

  it('compares b with p and f with v, as Arabic has no p or v', () => {
    expect(consonantsMeet('trump', 'tramb')).toBe(true);
    expect(consonantsMeet('trunk', 'tramb')).toBe(false);
  });
});

describe('a vocabulary finds Arabic and Devanagari spellings of a Latin query term', () => {
  const vocabulary = new TermVocabulary();
  vocabulary.add(['trump', 'tramp', 'iran', 'qatar'].map(n));
  vocabulary.add(['ترامب', 'إيران', 'قطر', 'عدد', 'पुतिन'].map(n));

  it('finds them through the sound door, both ways', () => {
    expect(vocabulary.variantsOf('trump')).toContain(n('ترامب'));
    expect(vocabulary.variantsOf('iran')).toEqual([n('إيران')]);
    expect(vocabulary.variantsOf(n('قطر'))).toEqual(['qatar']);
    expect(vocabulary.variantsOf('putin')).toEqual([n('पुतिन')]);
  });

  it('does not give a common word an Arabic word of its two consonants', () => {
    expect(vocabulary.variantsOf('dead')).toEqual([]);
    expect(vocabulary.variantsOf('udeid')).toEqual([]);
  });
});
