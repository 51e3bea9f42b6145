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
/** A word every form of NOT_RESPONSIBLE holds. */
const MAY_DISOWN = /respons|відповідальн|ответственн|odpowiedzialn|verantwortlich|sorumlu/iu;

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
const FOT_CREDIT = /[.!?]\s+(?:[Ff]ot|[Фф]от|[Pp]hot)\.\s*:?\s*\p{Lu}[^.!?]{1,60}\/[^.!?]{1,40}$/u;
const MAX_FOT_CAPTION = 300;

// "Photo for representation", "Symbolbild", "Image d'illustration", "Zdjęcie ilustracyjne": the photo is not of the story.
const ILLUSTRATION_PHOTO =
  /^(?:(?:photo|image|picture) (?:for representation|used for representation)(?: only)?|representational (?:image|photo|picture)|file (?:photo|image)|symbolbild|symbolfoto|archivbild|image d['’]illustration|photo d['’]illustration|imagen de archivo|foto de archivo|imagen ilustrativa|foto d['’]archivio|immagine di repertorio|foto ilustrativa|imagem ilustrativa|zdjęcie ilustracyjne|ілюстративне фото|фото ілюстративне|иллюстративное фото|фото иллюстративное|temsili (?:fotoğraf|görsel|resim)|arşiv fotoğrafı)[.)]?$/iu;
// "이기욱 기자", "山田太郎記者", "记者 王明": a Korean, Japanese or Chinese reporter's byline.
const CJK_BYLINE =
  /^(?:\p{Script=Hangul}{2,4}\s?기자|\p{Script=Han}{2,4}\s?記者|记者\s?\p{Script=Han}{2,4})(?:\s+\S+@\S+)?$/u;
/** "[email protected]": the placeholder a page's script leaves for an address it hides. */
const HIDDEN_EMAIL = /^\[email\s?protected\]$/iu;
// "Pour plus de détails, consultez la vidéo ci-dessus.", "Watch the video below": a pointer to the page's player.
const VIDEO_POINTER =
  /\b(?:watch|see|consultez|regardez|voir|mira|vea|guarda|sehen sie|schauen sie|дивіться|смотрите|izleyin|obejrzyj|assista)\b[^.!?]{0,30}\b(?:the |la |le |el |il |das |o )?(?:video|vidéo|vídeo|відео|видео|wideo)\b[^.!?]{0,20}\b(?:above|below|ci-dessus|ci-dessous|arriba|abajo|sopra|sotto|oben|unten|вище|нижче|выше|ниже|yukarıda|aşağıda|powyżej|poniżej|acima|abaixo)\b/iu;
/** The word for the video, which every form of VIDEO_POINTER holds: most lines have none, and are spared its search. */
const MAY_POINT_TO_VIDEO = /v[ií]d|відео|видео|wideo/iu;
// "… curated daily stories and breaking headlines delivered to your inbox.": a newsletter's pitch.
const INBOX_PITCH = /\b(?:delivered|sent|straight|direct(?:ly)?) to your inbox\b|\bin your inbox\b/iu;
// "Stand behind Ukrainian independent journalism … Help us reach 20,000 members.": an appeal without "support".
const INDEPENDENT_JOURNALISM =
  /\bindependent journalism\b|journalisme indépendant|unabhängigen? journalismus|periodismo independiente|giornalismo indipendente|jornalismo independente|незалежн\p{L}* журналістик|независим\p{L}* журналистик|niezależne\p{L}* dziennikarstw|bağımsız gazetecili/iu;
const ASKS_THE_READER =
  /\b(?:help us|join us|become a (?:member|subscriber|patron)|members|donate|subscribe|stand (?:behind|with))\b|допоможіть|помогите|підтримайте|поддержите|wesprzyj|destek ol|soutenez|apóyanos|sostienici|unterstützen sie/iu;
// "by Tim Zadorozhnyy May 16, 2025 4:34 PM (Updated: ) 2 min read": a byline run into the stamp beside it.
const BYLINE_WITH_STAMP =
  /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Pp]rzez)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?=[\p{L}\d])(?=.*(?:\d{4}|\d{1,2}:\d{2}))[^.!?]*$/u;
// "This audio is created with AI assistance": a note on the article's read-aloud player.
const AI_AUDIO =
  /^(?:this|the) (?:audio|narration|voice) (?:is|was) (?:created|generated|produced|made) (?:with|by|using) (?:ai|artificial intelligence)\b/iu;
// "Sponsor: QWIKET: Elevate your fantasy game!", "Anzeige: …", "Publicidad: …": an advertisement under its label.
const SPONSOR_LABEL =
  /^(?:sponsor(?:ed)?(?: by)?|anzeige|werbung|publicidad|publicité|patrocinado|sponsorisé|реклама|reklama|advertorial)\s*:\s*\S/iu;
// "News / World", "»POLITIK/KOMMENTAR", "Home › World": a breadcrumb of the page's sections.
const BREADCRUMB =
  /^[»›>]?\s*\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*)?(?:\s?[/›>»|]\s?\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*)?){1,3}$/u;
// "… Scott Bessent. Credit: Yulia Svyrydenko via X": a caption closed by its credit after its stop.
const CREDIT_AFTER_STOP =
  /[.!?]\s+(?:credit|crédit|crédito|credito|credits|fuente|source|quelle)\s*:\s*[^.!?:]{2,50}$/iu;

// "Vous avez repéré une erreur ? Signalez-le ici", "Spotted an error? Let us know": the page asks for corrections.
const ERROR_REPORT =
  /\b(?:spotted|found|notice|see) (?:an|a) (?:error|mistake|typo)\?|\breport an (?:error|issue|mistake)\b|repéré une erreur|signalez-le|signaler une erreur|(?:einen )?fehler (?:entdeckt|gefunden|melden)|(?:encontraste|viste) un error|reportar un error|segnala(?:ci)? un errore|(?:zauważyłeś|znalazłeś) błąd|zgłoś błąd|hata bildir|повідомити про помилку|сообщить об ошибке|помітили помилку|заметили ошибку/iu;

// "Subscribe to our Telegram channel", "Підписуйтесь на наш Telegram-канал", "Folgen Sie uns auf WhatsApp": a promo
// for the outlet's messenger or social channel — the network's name (capitalised, as a name) and a call to follow it.
const NETWORK =
  /(?<!\p{L})(?:Telegram|Viber|WhatsApp|Signal|WeChat|Instagram|YouTube|TikTok|Facebook|Twitter|Threads|Google News|Google Новини|Google Новости)(?!\p{L})/u;
const FOLLOW_CALL =
  /\b(?:subscribe to|(?:subscribe|follow|join|find) (?:us|our)|sign up|get our|read us|our (?:channel|page|account))\b|підписуйтес|подписывайтес|приєднуйтес|присоединяйтес|стежте|следите|читайте нас|наш(?:ому|ем)? (?:канал|telegram)|abonnez|suivez|rejoignez|folgen sie|abonnieren|síguenos|suscríbete|únete|seguici|iscriviti|unisciti|obserwuj|subskrybuj|dołącz|takip edin|abone olun|katılın|siga-nos|inscreva-se|junte-se/iu;
const MAX_PROMO = 200;
// "Kyiv +5°C", "Warszawa −2 °C": a weather widget's city and its temperature.
const WEATHER = /^[\p{L} .'-]{2,30}\s[+−-]?\d{1,2}(?:[.,]\d)?\s?°[CF]?$/u;

/**
 * A credit repeated in one article is the page's (a gallery's credit under every caption), short and without a stop;
 * other short lines repeat in real texts too (the "Governor" of each row of a results table), and stay.
 */
const MAX_REPEATED = 60;
/** "Photo: Jane Doe", "© Example", "Jane Doe/AFP": a credit's marks. */
const CREDIT_MARK = /©|\/|\b(?:photo|foto|credit|crédit|crédito|getty|afp|reuters)\b|фото/iu;

const CREDIT = 'photo credit (metadata, not body)';
/** The longest line any of these rules marks. */
const MAX_NOTE = 300;

/**
 * For each block, the reason it is a note of the page about itself, or undefined.
 *
 * @example
 * pageNoteReasons([{ kind: 'paragraph', text: 'Читать на русском' }]) // => ['link to the article in another language']
 */
export function pageNoteReasons(blocks: readonly Block[]): (string | undefined)[] {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const text = b.text.trim();
    if (text.length <= MAX_REPEATED) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return blocks.map((b) => {
    const text = b.text.trim();
    // Every note below is a short line: a paragraph is spared the tests.
    if (text.length > MAX_NOTE) return undefined;
    const repeats = counts.get(text) ?? 0;
    if (repeats >= 2 && text.length <= MAX_REPEATED && !/[.!?]$/u.test(text) && CREDIT_MARK.test(text)) return CREDIT;
    if (text.length <= 50 && LANGUAGE_LINK.test(text)) return 'link to the article in another language';
    if (text.length <= MAX_APPEAL && YOUR_SUPPORT.test(text) && WHAT_IT_KEEPS.test(text)) return 'donation appeal';
    if (text.length <= MAX_DISCLAIMER && MAY_DISOWN.test(text) && NOT_RESPONSIBLE.test(text))
      return "the platform's disclaimer";
    if (text.length <= MAX_GALLERY_LINK && !/[.!?]$/u.test(text) && GALLERY_LINK.test(text))
      return 'link to a photo gallery';
    if (
      text.length <= 60 &&
      (DATELINE_AGENCY.test(text) || AGENCY_PHOTO.test(text) || BRACKETED_SLASH_CREDIT.test(text))
    )
      return CREDIT;
    if (
      text.length <= MAX_FOT_CAPTION &&
      ((text.includes('/') && FOT_CREDIT.test(text)) || (text.includes(':') && CREDIT_AFTER_STOP.test(text)))
    )
      return 'photo caption and credit (metadata, not body)';
    if (text.length <= 60 && (ILLUSTRATION_PHOTO.test(text) || HIDDEN_EMAIL.test(text))) return CREDIT;
    if (text.length <= 60 && CJK_BYLINE.test(text)) return 'byline (metadata, not body)';
    if (text.length <= 140 && BYLINE_WITH_STAMP.test(text)) return 'byline (metadata, not body)';
    if (text.length <= 200 && MAY_POINT_TO_VIDEO.test(text) && VIDEO_POINTER.test(text))
      return "pointer to the page's video";
    if (text.length <= 200 && INBOX_PITCH.test(text)) return "a newsletter's pitch";
    if (text.length <= 250 && INDEPENDENT_JOURNALISM.test(text) && ASKS_THE_READER.test(text)) return 'donation appeal';
    if (text.length <= MAX_PROMO && NETWORK.test(text) && FOLLOW_CALL.test(text)) return 'social media call to action';
    if (text.length <= 40 && WEATHER.test(text)) return 'weather widget';
    if (text.length <= 160 && ERROR_REPORT.test(text)) return 'prompt to report an error';
    if (text.length <= 120 && AI_AUDIO.test(text)) return "note on the page's audio player";
    if (text.length <= 300 && SPONSOR_LABEL.test(text)) return 'advertisement';
    if (text.length <= 40 && BREADCRUMB.test(text)) return "breadcrumb of the page's sections";
    return undefined;
  });
}
