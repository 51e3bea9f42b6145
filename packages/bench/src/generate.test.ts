import { describe, expect, it } from 'vitest';
import { brownParagraphs, readBrownCorpus, untag } from './brown.js';
import { BRIEF_TAG, generateArticle } from './generate.js';
import { benchQueries } from './queries.js';
import { percentiles } from './stats.js';

describe('the Brown corpus as plain text', () => {
  it('drops the POS tags and glues punctuation and quotes back to their words', () => {
    expect(untag("The/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' ,/, Atlanta's/np$ mayor/nn ./.")).toBe(
      "The jury said “no evidence”, Atlanta's mayor.",
    );
  });

  it('keeps blank-line groups as paragraphs and drops fragments under eight words', () => {
    const tagged =
      '\n\tA/at short/jj one/cd ./.\n\n\n\tThe/at jury/nn further/rbr said/vbd in/in term-end/nn presentments/nns that/cs ./.\n';
    expect(brownParagraphs(tagged)).toEqual(['The jury further said in term-end presentments that.']);
  });

  it('reads all 500 samples of the package', () => {
    const samples = readBrownCorpus();
    expect(samples).toHaveLength(500);
    expect(samples[0]!.genre).toBe('news');
    expect(samples[0]!.paragraphs[0]).toMatch(/^The Fulton County Grand Jury said Friday/u);
    expect(samples.every((s) => !/\w\/(nn|at|vbd|jj|np|nns)\b/u.test(s.paragraphs.join(' ')))).toBe(true);
  });
});

describe('generated articles', () => {
  const samples = readBrownCorpus();

  it('are the same for the same index and differ between indexes', () => {
    expect(generateArticle(samples, 7, 1000)).toEqual(generateArticle(samples, 7, 1000));
    expect(generateArticle(samples, 7, 1000).text).not.toBe(generateArticle(samples, 8, 1000).text);
  });

  it('read as a headline, an outlet and date line, and 600+ words, with a highlight quoted from the body', () => {
    const article = generateArticle(samples, 3, 1000);
    const [title, byline, ...body] = article.text.split('\n\n');
    expect(title).toBe(article.title);
    expect(title).not.toMatch(/[.!?]$/u);
    expect(byline).toBe(`${article.outlet} · ${article.publishedAt}`);
    expect(body.join(' ').split(' ').length).toBeGreaterThanOrEqual(600);
    expect(article.text).toContain(article.highlight.quote);
  });

  it('tag exactly 1,000 highlights for the brief once there are 1,000 articles or more', () => {
    const count = 5000;
    const tagged = Array.from({ length: count }, (_, i) => generateArticle(samples, i, count)).filter((a) =>
      a.highlight.tags.includes(BRIEF_TAG),
    );
    expect(tagged).toHaveLength(1000);
  });

  it('give a query mix with every kind, the same each time', () => {
    const articles = Array.from({ length: 200 }, (_, i) => generateArticle(samples, i, 200));
    const queries = benchQueries(articles, 300);
    expect(queries).toEqual(benchQueries(articles, 300));
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['word', 'two words', 'prefix', 'misspelled', 'name']));
    const prefix = queries.find((q) => q.kind === 'prefix')!;
    expect(prefix.fts).toMatch(/\*$/u);
  });
});

describe('percentiles', () => {
  it('take the nearest rank', () => {
    expect(percentiles([5, 1, 4, 2, 100])).toEqual({ p50: 4, p95: 100, p99: 100, count: 5 });
  });
});
