// A title before a name is not part of it, in each language's way of writing titles.
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.js';
import { withoutTitles } from './entity-titles.js';

const names = (text: string, language: string) => extractEntities(text, language).map((m) => m.name);

describe('withoutTitles', () => {
  it('takes the titles English and German capitalise before a name anywhere in a sentence', () => {
    expect(withoutTitles('Prime Minister Ada Fenwick', 'eng', true)).toBe('Ada Fenwick');
    expect(withoutTitles('Bundeskanzler Brandauer', 'deu', true)).toBe('Brandauer');
    expect(withoutTitles('Ministerpräsidentin Ilse Hoppe', 'deu', true)).toBe('Ilse Hoppe');
    expect(withoutTitles('Außenminister Keller', 'deu', true)).toBe('Keller');
  });

  it('takes a capitalised title of a lower-case-title language only at a sentence start', () => {
    expect(withoutTitles('Le Président Duval', 'fra', false)).toBe('Duval');
    expect(withoutTitles('El Presidente Ortega', 'spa', false)).toBe('Ortega');
    expect(withoutTitles('Il Ministro Bianchi', 'ita', false)).toBe('Bianchi');
    expect(withoutTitles('O Primeiro-Ministro Sousa', 'por', false)).toBe('Sousa');
    expect(withoutTitles('Minister-president De Wit', 'nld', false)).toBe('De Wit');
    // Inside a sentence such a language writes its titles in lower case, so a capital one is a name's.
    expect(withoutTitles('Premier League', 'nld', true)).toBe('Premier League');
  });

  it('answers empty for a title alone', () => {
    expect(withoutTitles('Ministerpräsident', 'deu', true)).toBe('');
    expect(withoutTitles('Former President', 'eng', true)).toBe('');
  });
});

describe('extractEntities drops titles in the article language', () => {
  it('keeps the name and not the office', () => {
    expect(names('Am Dienstag sagte Bundeskanzlerin Irmgard Vogt, man werde helfen.', 'deu')).toContain('Irmgard Vogt');
    expect(names('Hier sprach Regierungschef Anton Brückner lange.', 'deu')).not.toContain(
      'Regierungschef Anton Brückner',
    );
  });

  it('does not take a title that goes on in lower case for a name', () => {
    expect(names('Hier, le Premier ministre a parlé avec Duval à Lyon.', 'fra')).not.toContain('Premier');
  });
});
