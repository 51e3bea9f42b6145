// The title of a copied page is its first line unless that line is page
// furniture: then the first headline below it that no rule marked is the
// title, and the furniture line stays in the text, marked as removed.
import { describe, expect, it } from 'vitest';
import { cleanText } from '@dossier/core';
import { buildArticleBody, normalizeBoilerplateLine } from './index.js';

const importText = (lines: string[]) => buildArticleBody(new TextEncoder().encode(lines.join('\n\n')), 'page.txt');
const body =
  'A sensational goal from Lamine Yamal helped Spain come from behind to beat France 2-1 in Munich and reach the final.';

describe('a first line that is page furniture is not the title', () => {
  it('in English: "Skip to content" above a match widget and the headline', () => {
    const article = importText([
      'Skip to content',
      'Spain 2',
      '• L Yamal (21st minute)',
      'France 1',
      "Euro 2024 - Spain 2-1 France: Lamine Yamal's wonder goal helps Spain reach the final",
      body,
    ]);
    expect(article).toMatchObject({
      title: "Euro 2024 - Spain 2-1 France: Lamine Yamal's wonder goal helps Spain reach the final",
      titleDerived: false,
    });
    expect(article.blocks[0]).toMatchObject({
      text: 'Skip to content',
      clutter: { reason: expect.stringMatching(/first line/u) },
    });
    expect(article.blocks.map((b) => b.text)).not.toContain(article.title);
    expect(cleanText(article.blocks)).toBe(body);
  });

  it('in Spanish and German: a writer’s picture, a button', () => {
    expect(importText(['Foto de perfil de Ana Ruiz', 'España celebra la Eurocopa en Madrid', body]).title).toBe(
      'España celebra la Eurocopa en Madrid',
    );
    expect(importText(['Zum Inhalt springen', 'Anzeige', 'Spanien feiert seine Europameister', body]).title).toBe(
      'Spanien feiert seine Europameister',
    );
  });

  it('a copyright line is no gallery headline', () => {
    expect(
      importText(['© 2024 All Rights reserved Example Radio', 'Hurricane Milton makes landfall near Siesta Key', body])
        .title,
    ).toBe('Hurricane Milton makes landfall near Siesta Key');
  });

  it('a list item is no headline: the title is derived from it, without its dash', () => {
    expect(importText(['Skip to content', '- Hurricane Milton made landfall near Siesta Key', body])).toMatchObject({
      title: 'Hurricane Milton made landfall near Siesta Key',
      titleDerived: true,
    });
  });

  it('with no headline below it, the title is derived from the first paragraph', () => {
    const article = importText(['Skip to content', body, body]);
    expect(article).toMatchObject({
      title: expect.stringMatching(/^A sensational goal from Lamine Yamal/u),
      titleDerived: true,
    });
    expect(article.blocks[0]!.clutter).toBeDefined();
    expect(cleanText(article.blocks)).toBe(`${body}\n\n${body}`);
  });
});

describe('a first line that reads as a headline stays the title', () => {
  it('also above a photo credit, which would make a line of the text a caption', () => {
    const headline = 'Confirmed: Lion Air 737 MAX 8 Crash Leaves 189 Dead';
    expect(importText([headline, 'Photo: Boeing', body])).toMatchObject({ title: headline, titleDerived: false });
  });

  it('also when the notebook has seen it in other articles (re-reports sharing a wire headline)', () => {
    const headline = 'Spain beat England to win Euro 2024';
    const boilerplate = new Set([normalizeBoilerplateLine(headline)]);
    const article = buildArticleBody(new TextEncoder().encode(`${headline}\n\n${body}`), 'page.txt', { boilerplate });
    expect(article).toMatchObject({ title: headline, titleDerived: false });
  });

  it.each([
    'Spain vs France',
    'Spain 2-1 France',
    'Olympics 2024: Spain beat France',
    'Share prices fall after the blackout',
    'Comments on the new law pour in',
    'Photos: Hurricane Milton slams Florida',
    'Notre-Dame de Paris défigurée par un incendie (en images)',
  ])('%s', (first) => {
    const article = importText([first, body]);
    expect(article).toMatchObject({ title: first, titleDerived: false });
    expect(article.blocks.map((b) => b.text)).toEqual([body]);
  });
});
