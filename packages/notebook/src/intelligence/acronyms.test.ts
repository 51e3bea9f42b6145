// An organisation written out once and then by its acronym is one name: the acronym, which outlets in
// different languages share.
import { describe, expect, it } from 'vitest';
import { acronymsOf } from './acronyms.js';
import { extractEntities } from './extract-entities.js';

describe('acronymsOf', () => {
  it('pairs an expansion with the acronym in parentheses after it, by its initials', () => {
    expect(
      acronymsOf('The International Maritime Council (IMC) met on Friday.').get('International Maritime Council'),
    ).toBe('IMC');
    // Small words between the initials are skipped, in any of the languages.
    expect(
      acronymsOf("Selon l'Agence nationale de la météo (ANM), il pleut.").get('Agence nationale de la météo'),
    ).toBe('ANM');
    expect(acronymsOf('Laut dem Bund für Umweltschutz (BU) steigt der Pegel.').get('Bund für Umweltschutz')).toBe('BU');
  });

  it('pairs one compound word whose letters give the acronym in order', () => {
    expect(acronymsOf('Die Seenotrettungsgesellschaft (SRG) half.').get('Seenotrettungsgesellschaft')).toBe('SRG');
  });

  it('maps the capitalised head of an expansion that goes on in lower case', () => {
    expect(acronymsOf("L'Agence nationale de la météo (ANM) a parlé.").get('Agence')).toBe('ANM');
  });

  it('does not take a dateline and its agency, or a word in parentheses, for an acronym', () => {
    expect(acronymsOf('Lisbon (RTR) - The ferry sank.').size).toBe(0);
    expect(acronymsOf('The council (Monday) met.').size).toBe(0);
  });
});

describe('extractEntities names an organisation by its acronym', () => {
  it('in every mention of the expansion and of the acronym', () => {
    const text =
      'The International Maritime Council (IMC) warned ports. Later the International Maritime Council said the IMC would act.';
    const names = extractEntities(text, 'eng').map((m) => m.name);
    expect(names.filter((n) => n === 'IMC')).toHaveLength(4);
    expect(names).not.toContain('International Maritime Council');
    expect(names).not.toContain('Later the International Maritime Council');
  });

  it('so that two languages writing the same acronym share the name', () => {
    const english = extractEntities('Yesterday the Northern Grid Authority (NGA) restored power.', 'eng');
    const german = extractEntities('Gestern stellte die Nordgasanstalt (NGA) den Strom wieder her.', 'deu');
    expect(english.map((m) => m.name)).toContain('NGA');
    expect(german.map((m) => m.name)).toContain('NGA');
  });
});
