// A plain-text article's title is the headline a reader would name it by: not
// a section's name, a station, a ticker, a skip link in the page's language, a
// date stamp glued before the first line, nor a line of the body.
import { describe, expect, it } from 'vitest';
import { cleanText } from '@dossier/core';
import { call, TempNotebooks } from '../../test/fixture.js';
import { buildArticleBody } from './index.js';
import { derivedTitle } from './structure.js';

const importText = (lines: string[], name = 'page.txt') =>
  buildArticleBody(new TextEncoder().encode(lines.join('\n\n')), name);
const lead =
  'Rescue teams reached the last villages cut off by the flood on Tuesday, and the regional government said the water had begun to fall.';
const headline = 'Flood waters recede across the Ebro valley';

describe('a section, a station or a ticker as the first line is not the title', () => {
  it.each([
    ['one word', 'Europe'],
    ['two capitalised words', 'Latest Headlines'],
    ['menu items run together', 'RegionalTop Stories'],
    ['a station’s frequency', '88.4 fm Zaragoza'],
    ['a show’s hours', 'Morning Drive 6am - 9am'],
    ['a breaking-news ticker of another story', '+++ BREAKING +++ Power cut in the old town'],
  ])('%s: %s', (_, first) => {
    const article = importText([first, headline, lead]);
    expect(article).toMatchObject({ title: headline, titleDerived: false });
    expect(article.blocks[0]).toMatchObject({ text: first, clutter: { reason: expect.stringMatching(/first line/u) } });
    expect(cleanText(article.blocks)).toBe(lead);
  });

  it('with no headline below it, the title is derived from the lead', () => {
    expect(importText(['Europe', lead])).toMatchObject({
      title: expect.stringMatching(/^Rescue teams reached the last villages/u),
      titleDerived: true,
    });
  });

  it("stays the title of a short note that has nothing else to name it, and of a Markdown author's heading", () => {
    expect(importText(['Notes', 'Call the mayor.'])).toMatchObject({ title: 'Notes', titleDerived: false });
    expect(importText(['# Europe', lead], 'notes.md')).toMatchObject({ title: 'Europe', titleDerived: false });
  });

  it('a headline in a script written without spaces stays the title', () => {
    const chinese = '埃布罗河谷洪水退去';
    expect(importText([chinese, '救援队周二抵达最后几个被洪水围困的村庄。', lead])).toMatchObject({
      title: chinese,
      titleDerived: false,
    });
  });

  it('a headline of two words with a verb stays the title', () => {
    expect(importText(['Ceasefire holds', lead])).toMatchObject({ title: 'Ceasefire holds', titleDerived: false });
  });
});

describe('skip links in the languages of the page', () => {
  it.each([
    'Direkt zum Inhalt wechseln',
    'Zum Hauptinhalt springen',
    'zum Hauptinhalt',
    'Aller au contenu',
    'Ir al contenido',
  ])('%s', (first) => {
    expect(importText([first, headline, lead])).toMatchObject({ title: headline, titleDerived: false });
  });

  it('is marked in the text too, not only as the first line', () => {
    const article = importText([headline, 'Direkt zum Inhalt wechseln', lead]);
    expect(article.blocks[0]).toMatchObject({ clutter: { reason: expect.any(String) } });
    expect(cleanText(article.blocks)).toBe(lead);
  });

  it('with the buttons after it run into the same line', () => {
    expect(importText(['Skip to Content Twitter Header Image', headline, lead]).title).toBe(headline);
  });
});

describe('the headline below the furniture', () => {
  it('is not a live badge, nor a line of the body holding the end of a sentence', () => {
    const badge = 'LIVE New entries in the ticker';
    const quote = '“We will rebuild every bridge,” the mayor said. “And we start today';
    const article = importText(['Skip to content', badge, quote, headline, lead]);
    expect(article.title).toBe(headline);
    expect(article.blocks.map((b) => b.text)).toContain(quote);
  });

  it("is above the story's first paragraph: a line further down is a video's or a teaser's", () => {
    const teaser = 'Bridges reopen in the upper valley';
    expect(importText(['Europe', lead, teaser, lead])).toMatchObject({
      title: expect.stringMatching(/^Rescue teams reached the last villages/u),
      titleDerived: true,
    });
  });

  it('keeps an abbreviated rank inside a headline', () => {
    const ranked = 'Gen. Ortiz and Sen. Vidal tour the flooded towns';
    expect(importText(['Skip to content', ranked, lead]).title).toBe(ranked);
  });

  it("is the headline alone when the page's breadcrumb ran into a copy of it", () => {
    const article = importText(['Skip to content', `Home SpainRegions ${headline}`, headline, lead]);
    expect(article.title).toBe(headline);
    expect(article.blocks[1]).toMatchObject({ clutter: { reason: expect.stringMatching(/breadcrumb/u) } });
    expect(cleanText(article.blocks)).toBe(lead);
  });

  it('replaces a title derived from a first paragraph the cleaner marks (a donation appeal)', () => {
    const appeal = 'Support independent local reporting when it matters most. Become a member today.';
    expect(importText([appeal, 'Skip to content', headline, lead])).toMatchObject({
      title: headline,
      titleDerived: false,
    });
  });
});

describe('a date stamp glued before the first line', () => {
  it('is cut off the title and kept as the date of publication', () => {
    const article = importText([`date 2024-10-30 ${headline}`, lead]);
    expect(article).toMatchObject({ title: headline, titleDerived: false, metadata: { publishedAt: '2024-10-30' } });
    const derived = importText([`date 2024-10 ${lead}`, lead]);
    expect(derived).toMatchObject({ titleDerived: true, metadata: { publishedAt: '2024-10' } });
    expect(derived.title).toMatch(/^Rescue teams/u);
    expect(derived.blocks[0]!.text).toBe(lead);
  });

  it('a sentence that begins with the word stays whole', () => {
    expect(importText(['date 2024 was a hard year for farmers', lead]).title).toBe(
      'date 2024 was a hard year for farmers',
    );
  });

  it('reaches the notebook: the article lists its headline and its date', async () => {
    const notebooks = new TempNotebooks();
    try {
      const { notebook } = await notebooks.seeded('date-stamp');
      const data = Buffer.from(`date 2024-10-30 ${headline}\n\n${lead}`).toString('base64');
      const [result] = await call(notebook.service, 'articles.import', {
        files: [{ name: 'flood.txt', dataBase64: data }],
      });
      const article = await call(notebook.service, 'articles.get', { id: result!.articleId! });
      expect(article).toMatchObject({ title: headline, publishedAt: '2024-10-30' });
    } finally {
      await notebooks.cleanUp();
    }
  });
});

describe('a title derived from the lead', () => {
  it('is its first sentence that names the story, after the dateline and past initials', () => {
    expect(derivedTitle('MADRID, Oct. 30. /EFE/. Rescue teams reached the last villages on Tuesday. More.')).toBe(
      'Rescue teams reached the last villages on Tuesday',
    );
    expect(derivedTitle('ZARAGOZA, Spain (AP) — Rescue teams reached the villages. More.')).toBe(
      'Rescue teams reached the villages',
    );
    expect(derivedTitle('Aid from the U.S. and the EU arrived on Tuesday. More.')).toBe(
      'Aid from the U.S. and the EU arrived on Tuesday',
    );
  });
});

describe('a live page’s stamp glued to its entry’s headline', () => {
  it('is cut off the title', () => {
    expect(importText([`${headline}published at 09:15 Central European Time 30 October`, lead]).title).toBe(headline);
  });
});

describe("the site's name after the headline", () => {
  it('is cut off the title, as a browser tab shows it', () => {
    expect(importText([`${headline} | Valley Herald`, lead]).title).toBe(headline);
  });

  it('a headline with a bar between its own words stays whole', () => {
    const barred = 'Floods | what the insurers will pay for';
    expect(importText([barred, lead]).title).toBe(barred);
  });
});
