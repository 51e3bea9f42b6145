// Short notes of a page about itself, told by their kind in many languages:
// a link to the same article in another language ("Читать на русском",
// "Read in English"), a plea for the reader's support of an independent
// newsroom ("… only your support will keep our independence"), a platform's
// disclaimer ("… is not responsible for the content"), a link to a photo
// gallery ("… Fotostrecke ansehen"), and the credits a wire page prints:
// a dateline with its agency ("ANKARA - Agence France-Presse"), an agency's
// photo ("DHA Photo"), a credit in square brackets with a slash ("[Suez Canal
// Authority/Reuters]"), a caption closed by "Fot." and its credit.
import type { Block } from '@dossier/core';

/** The language a link names, in the forms such links use. */
const LANGUAGE =
  '(?:русском|русском языке|російською|русский|українською|українській|украинском|english|englisch|anglais|inglés|inglese|inglês|angielsku|ingilizce|англійською|английском|russian|ukrainian|français|french|francés|französisch|español|spanish|spanisch|deutsch|german|allemand|alemán|polsku|polish|türkçe|turkish|italiano|italian|português|portuguese|arabic|العربية)';
// "Читать на русском", "Читати українською", "Read in English", "Lire en français", "Auf Deutsch lesen", "English version".
const LANGUAGE_LINK = new RegExp(
  `^(?:(?:читать|читати|read|lire|leer|lesen|czytaj|leggi|ler|oku)(?: (?:this|it|the article|the story|статтю|статью))?\\s+(?:на|in|en|auf|po|em|an)?\\s*${LANGUAGE}|(?:auf|in|en|на) ${LANGUAGE} (?:lesen|читать|читати)|${LANGUAGE} (?:version|versión|versione|versão|версія|версия|sürüm))$`,
  'iu',
);

/** The reader's support, in the words an appeal asks for it with. */
const YOUR_SUPPORT =
  /(?:\byour support|ваша підтримка|вашу підтримку|вашої підтримки|ваша поддержка|вашу поддержку|вашей поддержки|twoje wsparcie|wasze wsparcie|votre soutien|tu apoyo|su apoyo|il tuo sostegno|ihre unterstützung|seu apoio|desteğiniz|desteğinizle)/iu;
/** What the support keeps: the newsroom's independence, its journalism, or what grants paid for before. */
const WHAT_IT_KEEPS =
  /(?:independen|незалежн|независим|niezależn|indépendan|unabhängig|bağımsız|journalis|журналіст|журналист|dziennikar|gazetecil|periodism|giornalism|grant|грант|donor|донор)/iu;
const MAX_APPEAL = 250;

// "TheWorldNews is not responsible for the content of the platform.": a platform disowning what it shows.
const NOT_RESPONSIBLE =
  /\b(?:is|are) not responsible for the (?:content|contents)\b|не несе відповідальності за|не несет ответственности за|nie ponosi odpowiedzialności za|n['’]est pas responsable d[ue]s? contenus?|no se hace responsable de(?:l| los) contenidos?|non è responsabile de(?:l|i) contenut[oi]|ist nicht verantwortlich für (?:den|die) inhalte?|içerikten sorumlu değildir/iu;
const MAX_DISCLAIMER = 250;

// "… Bilder zeigen Ausmaß der Zerstörung Fotostrecke ansehen", "… View gallery": the link to a gallery ending a line.
const GALLERY_LINK =
  /(?:fotostrecke|bildergalerie|galerie) ansehen$|\b(?:view|see|open) (?:the )?(?:gallery|photos|slideshow)$|\bvoir (?:la galerie|les photos|le diaporama)$|\bver (?:galería|(?:las )?fotos)$|\bguarda (?:la gallery|le foto)$|\bzobacz (?:galerię|zdjęcia)$|\bgaleriyi (?:gör|incele)$|(?:дивитися|переглянути) (?:галерею|фото)$|смотреть (?:галерею|фото)$/iu;
const MAX_GALLERY_LINK = 160;

/** The wire agencies a page's credits name. */
const AGENCY =
  '(?:Agence France-Presse|AFP|Associated Press|AP|Reuters|Anadolu(?: Agency| Ajansı)?|AA|DHA|İHA|IHA|dpa|DPA|EFE|ANSA|PAP|TASS|ТАСС|RIA Novosti|РИА Новости|Interfax|Интерфакс|УНІАН|Укрінформ|Xinhua|Kyodo|Yonhap|EPA|Getty Images|Bloomberg)';
// "ANKARA - Agence France-Presse", "ISTANBUL – Reuters": a city in capitals, a dash, the agency.
const DATELINE_AGENCY = new RegExp(`^\\p{Lu}{3,}(?:[ -]\\p{Lu}{3,})?\\s*[-–—]\\s*${AGENCY}$`, 'u');
// "DHA Photo", "AFP Photo", "Reuters Foto", "AA Fotoğraf": an agency's photo.
const AGENCY_PHOTO = new RegExp(`^${AGENCY}\\s+(?:photos?|foto|fotoğraf|фото|zdjęcie|image)$`, 'iu');
// "[Suez Canal Authority/Reuters]": a credit in square brackets, the source and the agency split by a slash.
const BRACKETED_SLASH_CREDIT = /^\[[\p{L}\p{N} .&'’-]{2,60}\/[\p{L}\p{N} .&'’-]{2,40}\]$/u;
// "… w Turcji i Syrii. Fot. OZAN KOSE/AFP/East News", "… Фото: Іван Петренко/УНІАН": a caption closed by its credit.
const FOT_CREDIT = /[.!?]\s+(?:fot|фот|phot)\.\s*:?\s*\p{Lu}[^.!?]{1,60}\/[^.!?]{1,40}$/iu;
const MAX_FOT_CAPTION = 300;

const CREDIT = 'photo credit (metadata, not body)';

/**
 * For each block, the reason it is a note of the page about itself, or undefined.
 *
 * @example
 * pageNoteReasons([{ kind: 'paragraph', text: 'Читать на русском' }]) // => ['link to the article in another language']
 */
export function pageNoteReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((b) => {
    const text = b.text.trim();
    if (text.length <= 50 && LANGUAGE_LINK.test(text)) return 'link to the article in another language';
    if (text.length <= MAX_APPEAL && YOUR_SUPPORT.test(text) && WHAT_IT_KEEPS.test(text)) return 'donation appeal';
    if (text.length <= MAX_DISCLAIMER && NOT_RESPONSIBLE.test(text)) return "the platform's disclaimer";
    if (text.length <= MAX_GALLERY_LINK && !/[.!?]$/u.test(text) && GALLERY_LINK.test(text))
      return 'link to a photo gallery';
    if (
      text.length <= 60 &&
      (DATELINE_AGENCY.test(text) || AGENCY_PHOTO.test(text) || BRACKETED_SLASH_CREDIT.test(text))
    )
      return CREDIT;
    if (text.length <= MAX_FOT_CAPTION && FOT_CREDIT.test(text)) return 'photo caption and credit (metadata, not body)';
    return undefined;
  });
}
