// What an import thread hands back of an article for the batch's own
// boilerplate check: the normal forms of its unmarked blocks that could be
// boilerplate. A paragraph is left out only when its normal form is certainly
// longer than any boilerplate line, so the check answers as if all were there.
import { describe, expect, it } from 'vitest';
import { shortLinesOf } from '../boilerplate.js';
import { lineKey } from './boilerplate-line.js';
import { normalizeBoilerplateLine } from './index.js';
import { couldBeBoilerplate, LONGEST_BOILERPLATE_LINE, prepareText, type PreparedText } from './text-job.js';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';

/** Paragraphs of real prose in many languages, and long runs of punctuation, capitals and digits. */
function texts(): string[] {
  const sentences = brownSentences();
  const paragraphs = Array.from({ length: 400 }, (_, i) => sentences.slice(i * 7, i * 7 + 1 + (i % 9)).join(' '));
  const made = [
    `${'Share this post'} ${'— '.repeat(200)}`,
    `${'İ'.repeat(160)}`,
    `${'İ'.repeat(330)}`,
    `${'ABC-123 '.repeat(50)}`,
    `${'\u0010\u0011\u0019'.repeat(200)}${'x'.repeat(100)}`,
    `${'a'.repeat(320)}`,
    `${'a'.repeat(321)}`,
    `${'Ünïcödé wörds ñ '.repeat(40)}`,
  ];
  return [...paragraphs, ...newsPageParagraphs(), ...made];
}

describe('the lines a batch compares with the boilerplate it learns', () => {
  it('leave out only text whose normal form is longer than any boilerplate line', () => {
    let leftOut = 0;
    for (const text of texts()) {
      if (couldBeBoilerplate(text)) continue;
      leftOut++;
      expect(normalizeBoilerplateLine(text).length, text).toBeGreaterThan(LONGEST_BOILERPLATE_LINE);
    }
    // Most long paragraphs of real prose are told apart without normalising them.
    expect(leftOut).toBeGreaterThan(100);
  });

  it('never leave out a line the boilerplate count could hold', () => {
    const blocks = texts().map((text) => ({ kind: 'paragraph' as const, text }));
    const counted = shortLinesOf(blocks).lines;
    expect(Math.max(...counted.map((line) => line.length))).toBeLessThanOrEqual(LONGEST_BOILERPLATE_LINE);
    for (const { text } of blocks) {
      if (text.length <= 160) expect(couldBeBoilerplate(text), text).toBe(true);
    }
  });

  it('keep a long block of punctuation whose normal form is a short line', () => {
    const furniture = `Listen to the weekly marmalade podcast ${'— · '.repeat(100)}`;
    const body = Array.from({ length: 6 }, (_, i) =>
      brownSentences()
        .slice(i * 20, i * 20 + 12)
        .join(' '),
    );
    const text = ['A harbour report', ...body, furniture].join('\n\n');
    const read = prepareText({ name: 'a.txt', bytes: Buffer.from(text) }, new Set()) as PreparedText;
    expect(read.unmarked.has(lineKey('listen to the weekly marmalade podcast'))).toBe(true);
    // The prose paragraphs are long: none of them is handed back.
    expect(read.unmarked.size).toBe(1);
  });
});
