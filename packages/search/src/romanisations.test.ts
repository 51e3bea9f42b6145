import { describe, expect, it } from 'vitest';
import { inEnglishLetters } from './romanisations.js';
import { normalizeTerm } from './tokenize.js';
import { soundsAlike } from './transliterate.js';

const n = normalizeTerm;
const meet = (a: string, b: string) => soundsAlike(n(a), n(b)) && soundsAlike(n(b), n(a));

// Each convention's spelling of a name beside the English one, and near words
// that must stay apart. The names are the names news writes; the pairs are
// the rules of each romanisation, not taken from any labelled set.
const conventions: Record<string, { meet: [string, string][]; apart: [string, string][] }> = {
  French: {
    meet: [
      ['Khrouchtchev', 'Khrushchev'],
      ['Tchernihiv', 'Chernihiv'],
      ['Poutine', 'Putin'],
      ['Choïgou', 'Shoigu'],
      ['Chostakovitch', 'Shostakovich'],
      ['Guennadi', 'Gennady'],
      ['Evgueni', 'Yevgeny'],
      ['Eltsine', 'Yeltsin'],
      ['Loukachenko', 'Lukashenko'],
      ['Joukov', 'Zhukov'],
    ],
    apart: [
      ['Poutine', 'Patton'],
      ['touch', 'tush'],
      ['Loukachenko', 'Lukashevich'],
    ],
  },
  German: {
    meet: [
      ['Chruschtschow', 'Khrushchev'],
      ['Selenskyj', 'Zelensky'],
      ['Peskow', 'Peskov'],
      ['Lawrow', 'Lavrov'],
      ['Charkiw', 'Kharkiv'],
      ['Kiew', 'Kiev'],
      ['Jewgeni', 'Yevgeny'],
      ['Tschernihiw', 'Chernihiv'],
      ['Chodorkowski', 'Khodorkovsky'],
      ['Gorbatschow', 'Gorbachev'],
    ],
    apart: [
      ['Peskow', 'Pesky'],
      ['Kiew', 'Kirov'],
      ['Charkiw', 'Chernihiv'],
    ],
  },
  Polish: {
    meet: [
      ['Zełenski', 'Zelensky'],
      ['Pieskow', 'Peskov'],
      ['Ławrow', 'Lavrov'],
      ['Chruszczow', 'Khrushchev'],
      ['Czernihów', 'Chernihiv'],
      ['Szojgu', 'Shoigu'],
      ['Żyrinowski', 'Zhirinovsky'],
    ],
    apart: [
      ['Ławrow', 'Lviv'],
      ['Szojgu', 'Sergei'],
    ],
  },
  'Czech, Slovak, Croatian, Slovene': {
    meet: [
      ['Šojgu', 'Shoigu'],
      ['Černihiv', 'Chernihiv'],
      ['Žytomyr', 'Zhytomyr'],
      ['Kličko', 'Klitschko'],
      ['Zelenskij', 'Zelensky'],
      ['Jevgenij', 'Yevgeny'],
    ],
    apart: [['Černihiv', 'Kherson']],
  },
  Romanian: {
    meet: [
      ['Ghennadi', 'Gennady'],
      ['Şoigu', 'Shoigu'],
      ['Zelenski', 'Zelensky'],
    ],
    apart: [['Ghennadi', 'Hennessy']],
  },
  'Italian, Spanish, Portuguese': {
    meet: [
      ['Scioigu', 'Shoigu'],
      ['Jruschov', 'Khrushchev'],
      ['Cernobyl', 'Chernobyl'],
      ['Zelenski', 'Zelenskyy'],
    ],
    apart: [['science', 'sense']],
  },
};

describe.each(Object.entries(conventions))('%s romanisations meet the English ones', (_, { meet: pairs, apart }) => {
  it.each(pairs)('%s ~ %s', (a, b) => {
    expect(meet(a, b)).toBe(true);
  });
  it.each(apart)('%s and %s stay apart', (a, b) => {
    expect(meet(a, b)).toBe(false);
  });
});

describe('inEnglishLetters reads ch and j by the language a term shows', () => {
  it('reads ch as kh where a term has German or Polish marks, as sh where it has French ones', () => {
    expect(inEnglishLetters('charkiw')).toBe('kharkiw');
    expect(inEnglishLetters('chruschtschow')).toBe('khrushchow');
    expect(inEnglishLetters('chostakovitch')).toBe('shostakovich');
    expect(inEnglishLetters('jitomir')).toBe('jitomir');
    expect(inEnglishLetters('chruszczow')).toBe('khrushchow');
  });

  it('leaves English words as they are', () => {
    for (const word of ['chairs', 'cheap', 'church', 'touch', 'couch', 'watch', 'which']) {
      expect(soundsAlike(word, word.replace(/ch/u, 'h'))).toBe(false);
    }
    expect(inEnglishLetters('chairs')).toBe('chairs');
    expect(inEnglishLetters('church')).toBe('church');
  });

  it('keeps English words that only look like another language apart from their neighbours', () => {
    expect(meet('years', 'ears')).toBe(false);
    expect(meet('yearly', 'early')).toBe(false);
    expect(meet('cheap', 'heap')).toBe(false);
    expect(meet('chairs', 'hairs')).toBe(false);
    expect(meet('queen', 'keen')).toBe(false);
    expect(meet('jetting', 'eating')).toBe(false);
    expect(meet('jewels', 'evils')).toBe(false);
    expect(meet('couches', 'causes')).toBe(false);
    expect(meet('crouching', 'crushing')).toBe(false);
    expect(meet('jealous', 'zealous')).toBe(false);
    expect(meet('colleague', 'college')).toBe(false);
    expect(meet('rougher', 'roger')).toBe(false);
    expect(meet('Merz', 'mess')).toBe(false);
  });
});

describe('the Е at the start of a name, and each convention against the Cyrillic', () => {
  it.each([
    ['Yevgeny', 'Євген'],
    ['Evgueni', 'Евгений'],
    ['Jewgeni', 'Yevgeny'],
    ['Yegor', 'Egor'],
    ['Yeltsin', 'Ельцин'],
    ['Chruschtschow', 'Хрущёв'],
    ['Khrouchtchev', 'Хрущёва'],
    ['Żyrinowski', 'Жириновский'],
    ['Szojgu', 'Шойгу'],
    ['Ławrow', 'Лавров'],
    ['Charkiw', 'Харків'],
  ])('%s ~ %s', (a, b) => {
    expect(meet(a, b)).toBe(true);
  });
});
