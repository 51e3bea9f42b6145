// Saved news pages from twelve outlets (Readability's own test pages; see
// test-fixtures/html/SOURCES.md) imported into a real notebook: the metadata
// comes from the page, the body is the article's text, and the page around it
// (navigation, subscription offers, teasers) is gone.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalText, cleanText, type Article, type ImportResult } from '@dossier/core';
import { openNotebook, type Notebook } from '../open.js';

const FIXTURES = join(import.meta.dirname, '../../test-fixtures/html');

interface Expected {
  file: string;
  title: string;
  outlet: string;
  /** The date part of publishedAt, or null where the page states none. */
  date: string | null;
  author?: string;
  language?: string;
  url: string;
  /** Sentences of the article that must be in the body. */
  body: string[];
  /** Text of the page around the article that must not be. */
  clutter: string[];
}

const PAGES: Expected[] = [
  {
    file: 'bbc-1.html',
    title: "Obama admits US gun laws are his 'biggest frustration'",
    outlet: 'BBC News',
    date: '2015-07-24',
    language: 'en',
    url: 'http://www.bbc.com/news/world-us-canada-33646704',
    body: [
      'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
      'There was a momentary flicker across the president\'s face as if to say "You think you got me?"',
    ],
    clutter: ['Accessibility links', 'BBC navigation', 'Have Your Say'],
  },
  {
    file: 'nytimes-1.html',
    title: 'United States to Lift Sudan Sanctions',
    outlet: 'nytimes.com',
    date: '2017-01-13',
    author: 'Jeffrey Gettleman',
    language: 'en',
    url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html',
    body: ['LONDON — After nearly 20 years of hostile relations, the American government plans to reverse'],
    clutter: ['Skip to navigation', 'As low as $1.88 a week', 'Site Search Navigation'],
  },
  {
    file: 'wapo-1.html',
    title: 'Attack stokes instability fears in North Africa',
    outlet: 'Washington Post',
    date: null,
    author: 'Erin Cunningham',
    url: 'http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html',
    body: ['CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum'],
    clutter: ['Accessibility for screenreader', 'Submissions and Discussion Policy', 'WP BrandConnect'],
  },
  {
    file: 'cnn.html',
    title: "The 'birth lottery' and economic mobility",
    outlet: 'CNNMoney',
    date: '2016-02-01',
    author: 'Ahiza Garcia',
    url: 'http://money.cnn.com/2016/02/01/news/economy/poverty-inequality-united-states/index.html',
    body: ['The report also suggested the U.S. might not be the "jobs machine" it thinks it is'],
    clutter: ['Wilbur Ross pledges not to intimidate climate scientists', 'Investing Guide', 'Market Movers'],
  },
  {
    file: 'lemonde-1.html',
    title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
    outlet: 'Le Monde.fr',
    date: '2015-05-04',
    author: 'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
    language: 'fr',
    url: 'http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html',
    body: ['Les députés ont, sans surprise, adopté à une large majorité'],
    clutter: ["S'abonner au Monde à partir de 1 €", 'Annonces emploi', 'Boutique Le Monde'],
  },
  {
    file: 'liberation-1.html',
    title: 'Un troisième Français mort dans le séisme au Népal',
    outlet: 'Libération.fr',
    date: '2015-04-30',
    author: 'Par Sébastien Farcis',
    language: 'fr',
    url: 'http://www.liberation.fr/monde/2015/04/30/un-troisieme-francais-mort-dans-le-seisme-au-nepal_1278483',
    body: ['Un troisième Français a été tué dans le tremblement de terre samedi au Népal'],
    clutter: ['Abonnez-vous 1€ le premier mois', 'Le club abonnés', 'Ebola, la fièvre baisse'],
  },
  {
    file: 'folha.html',
    title: 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012',
    outlet: 'Folha de S.Paulo',
    date: '2018-12-21',
    author: 'Bruno (Henrique Zecchin) Rodrigues',
    language: 'pt-BR',
    url: 'https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml',
    body: ['Na ocasião, Tite e outros representantes do Corinthians foram ao Instituto Lula'],
    clutter: ['Abrir sidebar menu', 'Mercado da bola', 'Senha e conta'],
  },
  {
    file: 'telegraph.html',
    title:
      "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
    outlet: 'The Telegraph',
    date: '2017-11-16',
    language: 'en-GB',
    url: 'http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/',
    body: ['Zimbabwean intelligence reports seen by Reuters suggest that former security chief Emmerson Mnangagwa'],
    clutter: ['Subscribe - 30 days free', 'Fantasy Football', 'Work at The Telegraph'],
  },
  {
    file: 'herald-sun-1.html',
    title: 'Angry media won’t buckle over new surveillance laws',
    outlet: 'HeraldSun',
    date: null,
    author: 'Laurie Oakes',
    language: 'en-au',
    url: 'http://www.heraldsun.com.au/news/opinion/angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014',
    body: [
      'A HIGH-powered federal government team has been doing the rounds of media organisations in the past few days',
    ],
    clutter: ['Login with Facebook', 'Barefoot Investor', 'Your Hip Pocket'],
  },
  {
    file: 'ars-1.html',
    title: 'Just-released Minecraft exploit makes it easy to crash game servers',
    outlet: 'Ars Technica',
    date: '2015-04-16',
    author: 'Dan Goodin',
    language: 'en-us',
    url: 'https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/',
    body: ['"I thought a lot before writing this post," Pakistan-based developer Ammar Askar wrote'],
    clutter: ['Advertise with Ars', 'Sign up or login to join the discussions!', 'Staff Directory'],
  },
  {
    file: 'aktualne.html',
    title: 'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
    outlet: 'Aktuálně.cz - Víte, co se právě děje',
    date: '2021-11-01',
    author: 'Aleš Vávra',
    language: 'cs',
    url: 'https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/',
    body: ['Pět vítězných soutěžních duelů v řadě, během nich jediný inkasovaný gól.'],
    clutter: ['Zásad ochrany osobních a dalších zpracovávaných údajů', 'Sdílet článek', 'Právě se děje'],
  },
  {
    file: 'theverge.html',
    title: 'Apple’s Vision Pro hands-on: the Retina display moment for headsets',
    outlet: 'The Verge',
    date: '2023-06-07',
    author: 'Alex Heath',
    language: 'en',
    url: 'https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions',
    body: ['I still remember using the iPhone 4 for the first time in 2010.'],
    clutter: ['Discord is laying off 17 percent of employees', 'Google removes 17 features from Google Assistant'],
  },
];

let dir: string;
let notebook: Notebook;
let results: ImportResult[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-html-'));
  notebook = await openNotebook(dir, { create: true });
  const files = await Promise.all(
    PAGES.map(async (p) => ({ name: p.file, dataBase64: (await readFile(join(FIXTURES, p.file))).toString('base64') })),
  );
  results = await notebook.service['articles.import']({ files });
});

afterAll(async () => {
  await notebook.close();
  await rm(dir, { recursive: true, force: true });
});

async function imported(file: string): Promise<Article> {
  const result = results.find((r) => r.name === file);
  expect(result, `${file} was not in the import report`).toBeDefined();
  expect(result!.status, `${file}: ${result!.message}`).toBe('imported');
  return notebook.service['articles.get']({ id: result!.articleId! });
}

describe('importing saved news pages', () => {
  it.each(PAGES)('$file: title, outlet, date, author, language and canonical address come from the page', async (p) => {
    const article = await imported(p.file);
    expect(article.title).toBe(p.title);
    expect(article.titleDerived).toBe(false);
    expect(article.outlet).toBe(p.outlet);
    expect(article.publishedAt?.slice(0, 10) ?? null).toBe(p.date);
    expect(article.url).toBe(p.url);
    if (p.author) expect(article.author).toBe(p.author);
    if (p.language) expect(article.language).toBe(p.language);
  });

  it.each(PAGES)('$file: the body holds the article’s sentences and none of the page around it', async (p) => {
    const article = await imported(p.file);
    const clean = cleanText(article.blocks);
    for (const sentence of p.body) expect(clean).toContain(sentence);
    const all = canonicalText(article.blocks);
    for (const line of p.clutter) expect(all).not.toContain(line);
  });

  it('keeps the body as text: no markup, script or style of the page survives', async () => {
    for (const p of PAGES) {
      const text = canonicalText((await imported(p.file)).blocks);
      expect(text, p.file).not.toMatch(/<\/?(p|div|a|span|script|style|img|meta|link)\b|function\s*\(/iu);
    }
  });

  it('turns headings, paragraphs and quotes into blocks of those kinds', async () => {
    const lemonde = await imported('lemonde-1.html');
    expect(lemonde.blocks).toContainEqual({ kind: 'heading', text: 'Un dispositif pour les lanceurs d’alerte' });
    const ars = await imported('ars-1.html');
    expect(ars.blocks).toContainEqual({
      kind: 'quote',
      text: 'These were the fixes that I recommended to Mojang 2 years ago.',
    });
    expect(ars.blocks.filter((b) => b.kind === 'quote').length).toBeGreaterThan(5);
    expect(ars.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(2);
  });

  it('reports a page imported again as a duplicate and leaves the notebook as it was', async () => {
    const before = (await notebook.service['articles.list']({})).length;
    const again = await notebook.service['articles.import']({
      files: [
        { name: 'bbc-again.html', dataBase64: (await readFile(join(FIXTURES, 'bbc-1.html'))).toString('base64') },
      ],
    });
    expect(again[0]).toMatchObject({ status: 'duplicate', title: PAGES[0]!.title });
    expect(await notebook.service['articles.list']({})).toHaveLength(before);
  });
});
