// Clutter rules on lines from outlets the rules were not written for: every
// kind of page furniture is marked with a reason, and real sentences that use
// the same words stay in the body.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { detectClutter } from './clutter.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const reasons = (lines: string[]) => detectClutter(lines.map(paragraph)).map((b) => b.clutter?.reason ?? null);

describe('page furniture is marked, with a reason', () => {
  it.each([
    ['ADVERTISEMENT', /label/u],
    ['Publicité', /label/u],
    ['Anzeige', /label/u],
    ['Leave a Reply', /label/u],
    ['Share on Facebook', /label/u],
    ['Share via Email', /label/u],
    ['Tweet 12', /label/u],
    ['Sign Up | Subscribe', /label/u],
    ['Skip to main content', /label/u],
    ['Subscribe now to access Herald Sun.', /label/u],
    ['Lire aussi :', /label|teaser/u],
    ['We use cookies to improve your experience. By continuing to browse you accept them.', /cookie/u],
    ['Follow us on Telegram for the latest updates', /social/u],
    ['Photo: Jane Doe/Reuters', /photo credit/u],
    ['(Photo by Sergei Supinsky / AFP via Getty Images)', /photo credit/u],
    ['By Amar Toor', /byline/u],
    ['By Emil Protalinski and Jane Roe | July 29, 2012', /byline/u],
  ])('%s', (line, reason) => {
    expect(reasons([line])[0]).toMatch(reason);
  });

  it('marks a "You May Also Like" teaser list up to the next real paragraph', () => {
    expect(
      reasons([
        'You May Also Like',
        'Ten things to know about ports',
        'Why shipping costs keep rising...',
        'The strike is expected to last at least three days and to delay shipments across the region.',
      ]),
    ).toEqual([
      expect.stringMatching(/teaser/u),
      expect.stringMatching(/teaser/u),
      expect.stringMatching(/teaser/u),
      null,
    ]);
  });
});

describe('real sentences stay in the body', () => {
  it.each([
    'Seven individuals have been charged over buying the data, according to AFP.',
    'Share prices fell by 4 percent after the announcement, Reuters reported.',
    'Subscribers to the service will be told by email, the company said.',
    'By Tuesday evening the fire had spread to three more villages.',
    'Support for the measure has grown since the summer, polls show.',
    'Comments made by the minister on Monday drew criticism from the opposition.',
  ])('%s', (sentence) => {
    expect(reasons([sentence])).toEqual([null]);
  });
});
