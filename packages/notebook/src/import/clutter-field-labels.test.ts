// The fields of a page left as lines (the wording is ours): a label alone, its
// value after it, a dateline of places over the first paragraph, a short stamp
// of section or place, date and clock, a video widget's millisecond counters,
// a long caption closed by its copyright or its photographer's credit, and the
// author's role under the byline. Sentences with the same words stay.
import { describe, expect, it } from 'vitest';
import { amid, reasons, story } from '../../test/clutter-lines.js';

describe('a field of the page is marked', () => {
  it.each([
    ['Stand:', /label of a page field/u],
    ['Update', /label of a page field/u],
    ['- Country:', /label of a page field/u],
    ['Publication date', /label of a page field/u],
    ['Editor', /label of a page field/u],
    ['Europe Monday 3/May/2024 10:15 AM', /date line/u],
    ['Lyon | Updated: 03-05-2024 10:15 CET', /date line/u],
    ['FLOOD WARNING 0 1714730000000 1714731234567', /counters of a video widget/u],
  ])('%s', (line, reason) => {
    expect(amid(line)).toMatch(reason);
  });

  it('marks a field’s value after its label', () => {
    expect(reasons([story[0]!, '- Country:', '- New Zealand', ...story.slice(1)]).slice(1, 3)).toEqual([
      expect.stringMatching(/label/u),
      expect.stringMatching(/value of a page field/u),
    ]);
    expect(reasons([story[0]!, 'New Zealand', ...story.slice(1)])[1]).toBeNull();
  });

  it('marks a dateline of places over the first paragraph, not a speaker later on', () => {
    expect(reasons(['Agencies – Lyon – Geneva:', ...story])[0]).toMatch(/dateline/u);
    expect(reasons(['Geneva:', ...story])[0]).toMatch(/dateline/u);
    const later = [...story, ...story, 'Mayor Brun:', story[0]!];
    expect(reasons(later).at(-2)).toBeNull();
  });

  it('marks a long caption closed by its copyright or its photographer in brackets', () => {
    const long = `${'Readers queue outside the old library on Mill Street on the last day before it closed for good. '.repeat(8)}`;
    expect(amid(`${long}Editorial use only. Copyright: xHarbourxPressx`)).toMatch(/caption/u);
    expect(amid(`${long}(Photo by Jane Roe / POOL / AFP)`)).toMatch(/caption/u);
  });

  it('marks the author’s role under the byline', () => {
    expect(reasons(['By Jane Roe', 'Europe correspondent, in Lyon', ...story])[1]).toMatch(/role/u);
    expect(amid('Europe correspondent, in Lyon')).toBeNull();
  });
});

describe('a sentence with the same words stays', () => {
  it.each([
    'The update was published at 10:15 on 3 May 2024, a day after the vote.',
    'The editor said the library would reopen in 2025 as a museum of the town.',
    'Country music filled the hall until 11:30 on the night of the 2024 festival.',
  ])('%s', (line) => {
    expect(amid(line)).toBeNull();
  });
});
