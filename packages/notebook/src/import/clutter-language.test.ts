// The closing-paragraph language rule reads the article's language from most
// of its body, not from its opening alone: an agency caption in English over
// a report in German must not make the report's last paragraphs "foreign".
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { foreignTail } from './clutter-language.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

const englishCaption =
  'A view of the harbour of Rostock after the storm on October 12, 2024, as seen from a ferry leaving the port. The photograph was taken by a passenger and shared with the agency. Boats that broke loose overnight lie against the quay wall, and a tug waits beside a freighter that ran aground near the entrance of the port.';
const germanReport = [
  'Der Sturm hat in der Nacht zum Samstag an der Ostseeküste schwere Schäden angerichtet, wie die Behörden mitteilten.',
  'Im Hafen von Rostock rissen sich mehrere Boote los, ein Frachter lief auf Grund und musste freigeschleppt werden.',
  'Die Feuerwehr war nach eigenen Angaben die ganze Nacht im Einsatz, verletzt wurde nach ersten Erkenntnissen niemand.',
  'Der Wetterdienst rechnet für den Sonntag mit einer Beruhigung, warnt aber vor Hochwasser an der Küste bis Montag früh.',
];

describe('a closing paragraph in the language most of the body is written in', () => {
  it('stays, though the opening caption is in another language', () => {
    expect(foreignTail([englishCaption, ...germanReport].map(paragraph))).toEqual([]);
  });

  it('is still marked when the whole body is in another language', () => {
    const englishReport = [
      'The storm caused heavy damage along the Baltic coast overnight into Saturday, the authorities said in a statement.',
      'In the port of Rostock several boats broke loose, and a freighter ran aground and had to be towed free by tugs.',
      'The fire brigade said it had been working through the night, and nobody was hurt according to first reports.',
      'The weather service expects calmer winds on Sunday but warns of flooding along the coast until early Monday.',
    ];
    expect(foreignTail([...englishReport, germanReport[0]!].map(paragraph))).toEqual([4]);
  });
});

describe('a closing paragraph of the article’s own terms that the detector reads as another language', () => {
  const study = [
    'The subjects were asked to stand with one arm pressed against a wall and then to step away and let the arm rise.',
    'Positive subjects, whose arm rose, described the movement as voluntary; they were attentive, perceptive and hesitant about nothing.',
    'Negative subjects, whose arm stayed down, were resistant and vigilant, and described a persistent need for control of the arm.',
    'The difference may lie in relinquishing control: positive subjects gave it up, negative subjects held on to it.',
  ];
  const summary =
    'Positive subjects: relinquishing control, perceptive, attentive; negative subjects: resistant, hesitant, vigilant, persistent.';

  it('stays: most of its words are the body’s', () => {
    expect(foreignTail([...study, summary].map(paragraph))).toEqual([]);
  });

  it('is still marked when it is a comment in another language', () => {
    const comment =
      'Je ne comprends pas pourquoi cette étude est publiée ici, elle ne dit rien de nouveau et les résultats sont connus depuis longtemps.';
    expect(foreignTail([...study, comment].map(paragraph))).toEqual([4]);
  });
});
