// Outlet clutter, marked per block with a reason and never deleted. General
// rules, in the languages we meet most: appeal sections, UI labels (share,
// subscribe, skip to content, advertisement), cookie notices, comment
// prompts, markup debris, teaser lists after a "more like this" header,
// bylines and photo credits (kept as the article's metadata, not its body),
// signature initials, and lines repeated across the notebook's own articles.
// Every rule matches a whole short line, so a real sentence that merely
// mentions "support" or "share" stays in the body.
import type { Block } from '@dossier/core';
import { classifySpan } from '../intelligence/extract-entities.js';
import { isBoilerplateLine, normalizeBoilerplateLine } from './boilerplate-line.js';
import { foreignTail } from './clutter-language.js';
import { headlineTags } from './clutter-headline.js';
import { furnitureReasons } from './clutter-furniture.js';
import { codeLines } from './clutter-code.js';
import { isAgenciesAlone } from './clutter-credits.js';
import { pageNoteReasons } from './clutter-page-notes.js';
import { navigationReasons } from './clutter-navigation.js';
import { pageShapeReasons } from './clutter-page-shape.js';
import { LINE_RULES } from './clutter-rule-list.js';
import {
  GLUED_LABELS,
  hasLetterOrDigit,
  LABEL_SEPARATOR,
  mayEndOnCredit,
  mayStartWithBullet,
} from './clutter-gates.js';

const APPEAL_START =
  /^(a message from\b|dear readers?\b|support (us|our journalism)|become a (member|subscriber)|soutenez[- ]nous|unterstützen sie (uns|unabhängigen journalismus)|apóyanos|підтримайте|поддержите|дорогі читачі|дорогие читатели)/iu;
const APPEAL_WORDS =
  /\b(support(ing)? (us|the)|donat|contribut|subscri|monthly|journalis[mt]s? of|independent journalism|thank you for standing)/iu;

// Buttons, menus and labels of a page, in English, French, German, Spanish, Portuguese.
const UI_LABEL = new RegExp(
  '^(' +
    [
      'remind me later',
      'share( this| it)?( post| article| story| link| page)?',
      'compartir|partager|teilen|condividi|compartilhar|compartilhe|delen|поширити',
      '(last )?updated|published|mis à jour|publié|actualizado|aktualisiert|aggiornato|bijgewerkt|оновлено|обновлено',
      'share (on|via|to) [\\p{L} +]{2,20}',
      'share your voice',
      '(tweet|email|e-mail|print|pin|whatsapp|facebook|twitter|linkedin|reddit)( this)?( article| story)?',
      'print (article|replica|this page)',
      'email a friend',
      'read more',
      'show (more|less|all)|mehr anzeigen|weniger anzeigen|afficher (plus|moins)|voir moins|mostrar (más|menos|mais)|mostra (di più|altro)',
      'read more stories about',
      'popular',
      'here',
      'menu',
      '(left|main|open|toggle) menu|navigation',
      'close',
      'search',
      'home',
      'advertisement|advertising|anzeige|publicité|publicidad|publicidade|werbung|reklama|реклама',
      // Ukrainian and Russian page furniture: share, subscribe, comments, partner news, the latest, popular.
      'поділитися|поделиться|підписатися|подписаться|коментарі|комментарии|коментувати|комментировать',
      'новини партнерів|новости партнеров|останні новини|последние новости|популярне|популярное|головне|главное|теги|теми|темы',
      'читайте також|читайте также|дивіться також|смотрите также|читати далі|читать далее|детальніше|подробнее',
      'sponsored( content| links?| posts?| stories)?( by)?( [\\p{L} ]{2,20})?',
      'recommended( for you| by [\\p{L} ]{2,20})?',
      'trending( now| articles| stories)?',
      'most (read|popular|viewed|shared)( [\\p{L} ]{2,30})?',
      'related( articles| stories| links| topics| content| coverage| to [\\p{L} ]{2,30})?',
      'subscribe( now| today| here)?',
      'subscribe( now)? to [\\p{L} ]{2,40}',
      'subscribe - \\d+ days free',
      'newsletter',
      "sign up( now| here| for( [\\p{L}’' ]{2,40})?)?",
      "sign up to [\\p{L}’' ]{2,40}",
      'sign up or log ?in to [\\p{L} ]{2,40}',
      'log ?in|sign in|register',
      'skip to( main)? (content|navigation|article|search|footer)',
      '(direkt )?zum (haupt)?inhalt( springen| wechseln)?|aller au contenu( principal)?|passer au contenu|ir al contenido( principal)?|saltar al contenido( principal)?|vai al contenuto( principale)?|salta al contenuto|pular para o conteúdo|naar de inhoud',
      'cookies?( policy| settings| preferences)?',
      'manage cookies|cookie-?einstellungen|paramètres (des )?cookies|gestion des cookies|configuración de cookies|ajustes de cookies|impostazioni (dei )?cookie|configurações de cookies|privacy settings|datenschutz-?einstellungen|privacy-?einstellungen',
      'accept( all)?( cookies)?',
      'comments?( \\(\\d+\\))?',
      'comment activity|comment guidelines|view comments|show comments|\\d+ comments?',
      'leave a (reply|comment)',
      'add (a )?comment|post (a )?comment|write a comment|kommentar (schreiben|verfassen)|kommentieren|ajouter un commentaire|réagir|añadir (un )?comentario|comentar|aggiungi un commento|commenta|adicionar comentário|comente',
      'join the (discussion|conversation)',
      'follow us( on [\\p{L} ]{2,30})?',
      'lire aussi|à lire aussi|voir aussi|leia (mais|também)|veja também|lea también|ver más|mehr zum thema|lesen sie auch|mehr dazu',
      'back to top|top of page',
      // The label of a summary box: its points stay, the label is the page's.
      "in short|key points|at a glance|das wichtigste in kürze|auf einen blick|en bref|l'essentiel|en resumen|en síntesis|in breve|in sintesi|em resumo",
      'advertisement - continue reading below|story continues below advertisement',
      'recommend|continue reading|text size|reset',
      // "Read the full article": the link to the rest of a text the page cut short.
      "read (the )?(full|whole|entire) (article|story)|lire (l[’']article complet|la suite)|(gesamten|ganzen) artikel lesen|weiterlesen|leer (el )?artículo completo|seguir leyendo|leggi (l[’']articolo completo|tutto)|ler (o )?artigo completo|continuar lendo",
      'comments are (closed|disabled)|commenting (is|has been) (closed|disabled)',
      'close button|copy to clipboard|copied|copy link|lock',
      // A gallery's or a player's toggles and counters: "Show Caption", "0 views", "0%".
      '(show|hide) captions?|\\d[\\d,.]*[km]? (views?|plays?|likes?|shares?)|\\d{1,3} ?%',
      // Arabic: listen to the article, world / local news, read also, share, follow us, advertisement.
      'استمع (الي|إلى|الى) (المقالة|المقال)|استمع للمقال|أخبار (عالمية|محلية|عربية|دولية)|اقرأ (أيضا|أيضاً|ايضا)|شارك|مشاركة|تابعنا|إعلان|اعلان',
      '(copy/paste|copy and paste) the (article|video|article video) embed (link|code)( below)?',
      'news|nachrichten|actualités|actualites|noticias|notizie|nieuws|aktuelles',
      '(\\d+|one|two|three|four|five) ?(min|mins|minutes?)( read| left| de lecture| de lectura| lesezeit)?',
      '(reading time|temps de lecture|lesezeit|lesedauer|tiempo de lectura)\\s?:?\\s?\\d+ ?(min|mins|minutes?|minuten|minutos)',
      // Comment counters and buttons in more languages: "No Comments", "Yorum ekle", "Dodaj komentarz".
      'no comments|keine kommentare|aucun commentaire|sin comentarios|nessun commento|sem comentários|brak komentarzy|yorum yok|немає коментарів|нет комментариев',
      'yorum (ekle|yap)|yorumlar|dodaj komentarz|komentarze|skomentuj|коментар(і|ів)?|комментари(и|ев)',
      // "Haberin Devamı", "Czytaj dalej": the rest of the story after an advertisement.
      'haberin devamı|devamını oku|czytaj (dalej|więcej)|continua a leggere|continue',
      // A page's photo and video sections: "Фото і Відео", "Fotogalerie", "Multimedia".
      '(photos?|videos?|фото|відео|видео|foto|fotos|vídeos?|wideo|zdjęcia)( (and|і|и|та|e|et|y|und|i|ve) (videos?|відео|видео|vídeos?|vidéos?|wideo))?',
      'фоторепортаж(і|и)?|фотогалере(я|ї|и)|галерея|(photo |video )?galler(y|ies)|(foto|bilder)galerie|fotostrecke|galería( de fotos)?|(foto|video)galleria|galleria fotografica|fotogallery|galeria( zdjęć)?|foto galeri|video galeri|fotoğraflar|multimedia|multimídia|мультимедіа|мультимедиа',
      // A live page's badge: "Live", "Live en cours", "Canlı", "Наживо".
      'live( en cours| updates| blog| ticker)?|liveticker|en direct|(in )?diretta|na żywo|relacja na żywo|canlı( yayın)?|наживо|онлайн|прямой эфир|пряма трансляція|ao vivo',
      // The button of a donation appeal: "Підтримати", "Wesprzyj nas", "Faire un don".
      // "Edit post", "back", "topic", "Archive", "APP Download", "Все новости", "˂ Volver a Portada".
      'edit( post| article| story)?|back|topics?|archives?|(app )?download( the app)?|get the app',
      'all news|все новости|всі новини|toutes les actualités|alle nachrichten|todas las noticias|tutte le notizie|wszystkie wiadomości|tüm haberler|partners|партнеры|партнери',
      "volver a (la )?portada|back to (the )?(home ?page|front page)|retour à l['’]accueil|zurück zur startseite|torna alla home( ?page)?|voltar (para a|à) (página inicial|capa)|wróć do strony głównej|ana sayfaya dön|на головну|на главную",
      // "Mehr «International»", "More from «World»": the link to the rest of a section.
      '(mehr|more|plus|más|altro|altri|więcej|больше|більше)( from| aus| de| du| da| z| з| из)? [«"“][^»"”]{2,30}[»"”]',
      'support( us)?|donate( now)?|підтримати|поддержать|wesprzyj( nas)?|destek ol|faire un don|donar|sostienici|spenden|doar|apoiar',
    ].join('|') +
    ')\\s?[.:!…]?$',
  'iu',
);
/** One line pointing to another article: "A lire aussi : …", "See also: …". */
const READ_ALSO =
  /^(à|a)? ?lire aussi\s*:|^(see|read) also\s*:|^lea (también|además)\s*:|^(read or )?share this story\s*:|^(читайте (також|также)|дивіться також|смотрите также|читайте нас)\s*:/iu;
/** A line of nothing but punctuation or symbols: a rule of asterisks, a "+" / "-" button. */
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
const TEASER_HEADER =
  /^(poursuivre votre lecture( sur ces sujets)?|sur le même sujet|sur le meme sujet|à voir aussi|sujets associés|mots-clés|themen|schlagwörter|temas relacionados|etiquetas|tags|topics|more like this|you may also like|you might also like|related( articles| stories| news)?|more news|latest news|other news|top stories|read (also|more)( on)?|more from( [\p{L} ]{2,30})?|more stories|recommended( for you)?|most read|further reading|what to read next|dal web|lire aussi|à lire aussi|leia mais|mehr zum thema|ver también|mirá también|mira también|lee también|te puede interesar|también te puede interesar|leggi anche|potrebbe interessarti anche|auch interessant|das könnte sie auch interessieren|lees ook|lisez aussi|à lire également|see also|also read|read also|articles|статті|статьи|публікації|публикации|artículos|articoli|artykuły|makaleler|artigos|beiträge|czytaj także|zobacz (też|także)|benzer haberler|ilginizi çekebilir|схожі новини|похожие новости|по теме|на цю тему|більше новин|больше новостей)[.:]?$/iu;
const SOCIAL =
  /(give us a like|follow us on|like us on|subscribe to our|join us on|share (it|this) with|sign up for our newsletter|get our newsletter|abonnez-vous à notre|folgen sie uns|síguenos en|підписуйтесь на|подписывайтесь на|приєднуйтесь до|присоединяйтесь к|наш telegram|наш телеграм)/iu;
// "• Subscribe to Example News on YouTube: http://…", "Follow Example on TikTok https://…": a call to action with its
// link, one clause ending on the link (a sentence that gives an address goes on, or ends on its full stop).
const CALL_WITH_LINK =
  /^([•·*-]\s*)?(subscribe|follow|like|join|get|watch|listen|download|abonnez-vous|suivez|folgen|abonnieren|síguenos|suscríbete)\b[^,.;!?]{0,100}\bhttps?:\/\/\S*[\p{L}\p{N}/=]$/iu;
const COOKIE =
  /\b(we use cookies|this (site|website) uses cookies|by continuing to (use|browse)|cookie (policy|settings))\b/iu;
// A notice about cookies in any language: the reader asked to accept them, or told consent is missing.
const COOKIE_CONSENT =
  /(^|[.!]\s*)(please )?(accept|acepta|aceptar|akzeptieren|acceptez|accetta|aceite)\b[^.]*cookie|cookie[^.]*\b(your|votre|ihre|tu|su) (consent|consentement|zustimmung|consentimiento)|\bno tenemos permiso\b[^.]*cookie/iu;
/** Words every form of COOKIE and COOKIE_CONSENT holds: a line with neither (most lines) is spared both. */
const MAY_BE_COOKIE = /cookie|by continuing to/iu;
// "This article is for subscribers only": a paywall's notice, not the story.
const PAYWALL =
  /^(this (article|content|story) is (only )?(available )?(for|to) (subscribers|members)( only)?|already a (subscriber|member)\??|subscribe to (continue|read)|(article |contenu )?réservé aux abonnés|nur für abonnenten|exclusivo para suscriptores|conteúdo exclusivo para assinantes)[.!]?$/iu;
// "This is a breaking news story. More as we get it...": a placeholder of a live page.
const DEVELOPING =
  /^((editor['’]s note|update|note)\s*:\s*)?(this (is a )?(breaking|developing)( news)? story|this is (a )?(breaking|developing) news(?=[.!])|please refresh (this page )?for (the latest |more )?updates|this story (is developing|will be updated|has been updated)|more (to follow|soon|as we get it)|(article|information) en cours d'actualisation|wird aktualisiert|noticia en desarrollo)\b.{0,80}$/iu;
// A caption of a press photo: "In this file photo taken on July 18…", "FILE PHOTO: …".
const PHOTO_CAPTION_START =
  /^(in this (file |undated |handout )?(photo|image|picture|video grab)|file photo\b|this (handout )?(photo|image|picture) (shows|taken)|this (handout |file |undated )?(photo|image|picture) (released|provided|distributed|obtained) by\b)/iu;
// An embedded social post: its text carries the post's own link.
const EMBEDDED_POST = /\bpic\.twitter\.com\/|\bhttps?:\/\/t\.co\//u;
// A date alone on its line ("26 July 2020", "09 settembre 2023 a", "Sunday, 19 July 2020", "October 9"): the page's dateline.
const MONTH_NAME =
  '(jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\\.?';
const DATE_LINE = new RegExp(
  `^([\\p{L}]+,? )?(\\d{1,2}\\.? (de )?${MONTH_NAME}(,? (de )?\\d{4})?|${MONTH_NAME} \\d{1,2}(,? \\d{4})?)([ ,]+(a|at|à|um|às|alle)?\\s?(\\d{1,2}[:.h]\\d{2})?\\s?(am|pm)?)?(,? (UK|GMT|BST|UTC|CET|CEST|MEZ|MESZ|EST|EDT|ET|PT|PST|PDT))?$`,
  'iu',
);
// "[caption id=…]", "Image", "photo2": a placeholder left by markup; a sentence that begins "Images of…" is no such thing.
// "0:00", "02:15": the time display of a video player left in the text.
const PLAYER_TIME = /^\d{1,2}:\d{2}(:\d{2})?$/u;
const DEBRIS = /^(\w+?)\1{2,}$|^\[(caption|image|photo)[^\]]*\]$|^(caption|image|photo)s?\d*:?$/iu;
const INITIALS = /^(\p{Lu}\.){1,4}$/u;
// What a trimmed line must be for DEBRIS or PUNCTUATION_ONLY, tested on it with its spaces taken out, to match: a
// bracket first, or nothing but word characters, spaces and colons; a punctuation mark or a symbol first. Most lines
// (paragraphs) fail these at once, and are spared the copy without spaces.
const MAY_BE_DEBRIS = /^\[|^[\w\s:]+$/iu;
const MAY_BE_PUNCTUATION = /^[\p{P}\p{S}]/u;
const unspaced = (text: string) => text.replace(/\s/gu, '');
const PHOTO_CREDIT =
  /^(\(?(photo|image|picture|foto|photograph|credit|illustration|фото|ілюстрація|иллюстрация)s?( by| credit)?\s*[:©]|©|copyright\b|image copyright|getty images|afp( via getty)?|reuters\/|ap photo|epa\b|shutterstock)/iu;
// "Kyiv at night. Photo: Jane Doe/Reuters": an agency after a slash, a bracket or "photo:" / "photo by" / "Photo AFP"
// (not "photos of the streets with AP": a sentence).
const CREDIT_TAIL =
  /(\/|\(|\b(?:photo|image|credit|foto)(?::|\s+by\b|(?=\s+\p{Lu})))\s*[^/()]{0,40}(getty images|afp|reuters|associated press|ap|shutterstock|epa-efe|dpa)\)?\.?$/iu;
// "… 18 July 2020. AFP - SEBASTIEN SALOM-GOMIS", "… © Caroline Ditte / France3", "… (PRNewsfoto/Boeing)": a credit ending a caption.
const CREDIT_END =
  /(\b(AFP|Afp|Reuters|REUTERS|AP|EPA|DPA|dpa|EFE|Getty Images|Anadolu)\s*[-–/]\s*\p{Lu}[\p{Lu} .'-]{2,40}|\b\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){0,3}\s?\/\s?(Getty Images|AFP|Reuters|AP|EPA|EPA-EFE|Anadolu|dpa|EFE|Bloomberg|NurPhoto|Shutterstock|Xinhua)|©\s*[^©]{2,60}|\((\p{L}*foto|photo|image|credit)[^()]{0,40}\)|\((AFP|AP|Reuters|EPA|Anadolu|Xinhua|dpa|EFE|ANI|PTI) (Photo|Foto|Images?)\)|\([\p{L} .-]{2,30}\/[\p{L} .-]{2,30}\))\.?$/u;
// "…engulfed in flames on Monday. Photo: AFP", "St. Paul. Image Credit: ANI": a caption ending in its credit.
const CAPTION_CREDIT =
  /(?<!\p{L})(photo|image|picture|foto|bild|фото|video|vidéo|vídeo)s?(\s+credit)?\s*:\s*[^.:]{1,40}\)?\.?$/iu;
// "- Jean Castex (@JeanCASTEX) July 18, 2020": the signature of an embedded social post.
// "… (@rustem_umerov) July 23, 2025#": a hash left by the post's link after the date.
const EMBED_SIGNATURE = /^[-—–]\s*[^()]{1,60}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}#?$/u;
const HASHTAGS = /^(#[\p{L}\p{N}_]+\s*)+$/u;
// "More: Lion Air crash: …" — one teaser link in the middle of the text.
const TEASER_LINK =
  /^(more|read more|related|see also|also read|read also|lire aussi|à lire aussi|voir aussi|leia (mais|também)|veja também|lea también|te puede interesar|ver también|mehr dazu|lesen sie auch|auch interessant|leggi anche|czytaj (też|także)|przeczytaj (też|także)|zobacz (też|także)|ayrıca (okuyun|bakınız|oku)|ilginizi çekebilir|читайте( також| также)?|також читайте|дивіться також|смотрите также|follow (the )?(latest|live( updates)?))\s*[:|]\s*\S.{0,150}$/iu;
const SPECIAL_TO =
  /^([Ss]pecial to|[Ff]or|[Rr]eporting by|[Ww]riting by|[Ee]dited by|[Aa]dditional reporting by)\s+(the\s+)?\p{Lu}[\p{L} .&-]{1,40}$/u;
const BYLINE =
  /^([Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i)\s+\p{Lu}[\p{L}.'’-]+(\s+(\p{Lu}[\p{L}.'’-]+|and|und|et|y|e|de|van|von|with|avec|mit|con|com))*\s*([,|–—-]\s*.{0,60})?$/u;

/**
 * A bare author's name near the top ("Thomas Maresca"), told from a section
 * heading by compromise recognising a person, and by being followed by another
 * byline-like line or by the first paragraph.
 */
function isNameLine(text: string, next: string | undefined): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+( \p{Lu}\.?)?( \p{Lu}[\p{L}'’-]+){1,2}$/u.test(text) || next === undefined) return false;
  return classifySpan(text) === 'person' && text.split(' ').length <= 3;
}

/** "EFE", "Lemonde", "Source: CNN", "belga/rop": the agency or outlet (and the editor's initials) signing the text at its end. */
function isSourceLine(text: string): boolean {
  if (/^\p{L}{2,12}(\/\p{L}{2,12}){1,3}$/u.test(text)) return true;
  if (/^(source|quelle|fuente|fonte|with|avec|mit|con|джерело|источник)\s*:?\s*\p{Lu}[\p{L} .&-]{1,30}$/iu.test(text))
    return true;
  return text.length <= 25 && /^\p{Lu}[\p{L}.&-]*( \p{Lu}[\p{L}.&-]*){0,2}$/u.test(text);
}

/**
 * A name the text signs itself with, not an agency's: under a letter's
 * closing ("Yours sincerely," above "J. Smith"), or the signature every
 * section of the text ends on ("Governor" under each of a governor's
 * proclamations), written before among the text's own lines.
 */
function isTextsOwnSignature(blocks: readonly Block[], i: number): boolean {
  const text = blocks[i]!.text.trim();
  if (blocks[i - 1]?.text.trim().endsWith(',')) return true;
  return blocks.some((b, j) => j < blocks.length - 3 && !b.clutter && b.text.trim() === text);
}

/**
 * A date alone on its line, also with the outlet's name before it or a
 * button after it, as a copied page runs them together ("SUR Malaga. Friday,
 * 20 June 2025, 11:59 Compartir").
 */
function isDateLine(text: string): boolean {
  // Both forms of DATE_LINE hold the day's number: a line without a digit (most) is spared the three tests.
  if (!/\d/u.test(text)) return false;
  if (DATE_LINE.test(text)) return true;
  const lastSpace = text.lastIndexOf(' ');
  const withoutButton = lastSpace > 0 && UI_LABEL.test(text.slice(lastSpace + 1)) ? text.slice(0, lastSpace) : text;
  const withoutOutlet = withoutButton.replace(/^\p{Lu}[\p{L} ]{1,30}\.\s+/u, '');
  return withoutOutlet !== text && DATE_LINE.test(withoutOutlet);
}

/** Long, multi-sentence text is a real paragraph, whatever came before it. */
function isRealParagraph(text: string): boolean {
  const cut = /(\.\.\.|…)$/u.test(text);
  const sentence = /[.!?]["”»]?$/u.test(text) && !cut;
  // A teaser's blurb is cut off with "…" however long it runs; a paragraph of the story is not.
  return (text.length > 220 && !(cut && text.length <= 400)) || (sentence && text.length > 60);
}

/** Two short names of languages or more, side by side: "Укр Рус Eng", "EN | DE | FR" (the bars are split off before). */
const LANGUAGE_CODES =
  /^(?:(?:укр|рус|eng|ua|ukr|ru|rus|en|de|fr|es|it|pl|tr|pt|ar|nl|українська|русский|english|deutsch|français|español|italiano|polski|türkçe|português|عربي)(?:\s+|$)){2,}/iu;

/** A label, a label with a counter ("Tweet 12"), or labels side by side ("Sign Up | Subscribe"). */
function isLabelLine(line: string): boolean {
  if (line.length > 120) return false;
  // "| No Comments", "2023-02-06 Haberin Devamı": a separator or a date stamp run into the label.
  const text = line.replace(/^[|•·˂<‹←]\s*/u, '').replace(/^(?:date\s+)?\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)/u, '');
  // "Укр Рус Eng Support Us": the switch between the page's languages, with a button or none.
  const withoutLanguages = text.replace(LANGUAGE_CODES, '').trim();
  if (withoutLanguages !== text && (withoutLanguages === '' || UI_LABEL.test(withoutLanguages))) return true;
  // "Share Facebook": labels side by side with no separator.
  if (text.length <= 40) {
    const words = text.split(/\s+/u);
    if (words.length >= 2 && words.length <= 4 && words.every((w) => UI_LABEL.test(w))) return true;
  }
  // Split only where a separator is: a line without one (most) is one part.
  const parts = (LABEL_SEPARATOR.test(text) ? text.split(/\s+[|•·/]\s+/u) : [text]).map((p) =>
    p.replace(/\s+\(?\d+\)?$/u, ''),
  );
  if (parts.every((p) => UI_LABEL.test(p))) return true;
  // "google news logo Follow us": a logo's alt text run into the button beside it.
  const afterLogo = /^[\p{L}\p{N}.&' -]{1,40}\blogo\s+(.+)$/iu.exec(text)?.[1];
  if (afterLogo && UI_LABEL.test(afterLogo)) return true;
  // Buttons whose text a copied page runs together: "Share this articleComments".
  if (!GLUED_LABELS.test(text)) return false;
  const glued = text.split(GLUED_LABELS);
  return glued.length > 1 && glued.every((p) => UI_LABEL.test(p.trim()));
}

/** A caption written twice, as the image's text and again with its credit: the shorter begins the longer. */
function isDoubledCaption(text: string, neighbour: string | undefined): boolean {
  if (!neighbour || text.length < 20 || text.length > 300) return false;
  const [short, long] = text.length <= neighbour.length ? [text, neighbour] : [neighbour, text];
  if (long === short || !long.startsWith(short)) return false;
  // "Site of the attack. AFP" beside "Site of the attack.": the credit is the agency alone.
  return CREDIT_END.test(long) || isAgenciesAlone(long.slice(short.length).trim());
}

/** The reason given to a line marked because the notebook's articles repeat it. */
export const REPEATED_REASON = 'repeated across several articles';

export { normalizeBoilerplateLine };

export function detectClutter(
  blocks: Block[],
  /** `boilerplate`: lines learnt from the notebook (boilerplate.ts); `headline`: the article's title, when it has one. */
  context: { boilerplate?: ReadonlySet<string>; headline?: string } = {},
): Block[] {
  const out = blocks.map((b) => ({ ...b }));
  const mark = (i: number, reason: string) => {
    if (!out[i]!.clutter) out[i]!.clutter = { reason };
  };
  const furniture = furnitureReasons(out);
  out.forEach((block, i) => {
    const text = block.text.trim();
    // "- READ MORE ON:", "• Share": a list's bullet before a header or a label.
    const unbulleted = mayStartWithBullet(text) ? text.replace(/^[-•·*▪]\s+/u, '') : text;
    if (APPEAL_START.test(text)) {
      // The appeal runs to the end while its blocks keep asking for support, or are short.
      for (let j = i; j < out.length; j++) {
        const t = out[j]!.text;
        if (j > i && !APPEAL_WORDS.test(t) && t.length > 60 && !/\bwe\b|\bour\b/iu.test(t)) break;
        mark(j, 'donation appeal');
      }
    } else if (TEASER_HEADER.test(unbulleted)) {
      // Teasers are headlines and cut-off blurbs; a real paragraph ends the list.
      mark(i, `teaser list after "${text}"`);
      for (let j = i + 1; j < out.length && !isRealParagraph(out[j]!.text); j++) mark(j, `teaser list after "${text}"`);
    } else if (isLabelLine(text) || (unbulleted !== text && isLabelLine(unbulleted)))
      mark(i, 'button or label of the page');
    else if (text.length < 200 && READ_ALSO.test(unbulleted)) mark(i, 'link to another article');
    else if (text.length < 200 && (SOCIAL.test(text) || CALL_WITH_LINK.test(text)))
      mark(i, 'social media call to action');
    else if (text.length < 300 && MAY_BE_COOKIE.test(text) && (COOKIE.test(text) || COOKIE_CONSENT.test(text)))
      mark(i, 'cookie notice');
    else if (PAYWALL.test(text)) mark(i, 'paywall notice');
    else if (DEVELOPING.test(text)) mark(i, 'live-page placeholder');
    else if (text.length < 400 && EMBEDDED_POST.test(text)) mark(i, 'embedded social post');
    else if (text.length < 80 && isDateLine(text)) mark(i, 'date line (metadata, not body)');
    else if (PLAYER_TIME.test(text)) mark(i, 'time display of a video player');
    else if (text.length < 160 && (PHOTO_CREDIT.test(text) || (CREDIT_TAIL.test(text) && !/[.!?]\s/u.test(text))))
      mark(i, 'photo credit (metadata, not body)');
    else if (
      text.length < 300 &&
      (PHOTO_CAPTION_START.test(text) || (text.length < 200 && mayEndOnCredit(text) && CREDIT_END.test(text)))
    )
      mark(i, 'photo caption and credit (metadata, not body)');
    else if (isDoubledCaption(text, out[i + 1]?.text) || isDoubledCaption(text, out[i - 1]?.text))
      mark(i, 'photo caption and credit (metadata, not body)');
    else if (MAY_BE_DEBRIS.test(text) && DEBRIS.test(unspaced(text))) mark(i, 'image placeholder or markup debris');
    else if (text.length < 200 && text.includes(':') && CAPTION_CREDIT.test(text))
      mark(i, 'photo caption and credit (metadata, not body)');
    else if (EMBED_SIGNATURE.test(text)) mark(i, 'signature of an embedded social post');
    else if (HASHTAGS.test(text)) mark(i, 'social media hashtags');
    else if (TEASER_LINK.test(text)) mark(i, 'link to another article');
    else if (text.length < 100 && (BYLINE.test(unbulleted) || SPECIAL_TO.test(text)))
      mark(i, 'byline (metadata, not body)');
    else if (i <= 3 && isNameLine(text, out[i + 1]?.text)) mark(i, 'byline (metadata, not body)');
    else if (MAY_BE_PUNCTUATION.test(text) && !hasLetterOrDigit(text) && PUNCTUATION_ONLY.test(unspaced(text)))
      mark(i, 'punctuation only: a rule or a button');
    else if (INITIALS.test(text) && i >= out.length - 3) mark(i, 'signature initials');
    else if (i >= out.length - 2 && i > 0 && isSourceLine(text) && !isTextsOwnSignature(out, i))
      mark(i, 'source or agency signature (metadata, not body)');
    else if (furniture[i]) mark(i, furniture[i]!);
    else if (context.boilerplate && isBoilerplateLine(context.boilerplate, text)) mark(i, REPEATED_REASON);
  });
  pageNoteReasons(out).forEach((reason, i) => reason && mark(i, reason));
  navigationReasons(out).forEach((reason, i) => reason && mark(i, reason));
  for (const i of headlineTags(out, context.headline)) mark(i, "topic tag of the headline's words");
  for (const i of codeLines(out)) mark(i, 'script code of the page, not text');
  for (const rule of LINE_RULES) rule(out).forEach((reason, i) => reason && mark(i, reason));
  for (const i of foreignTail(out))
    mark(i, "closing paragraph in another language than the article's (a reader's comment)");
  pageShapeReasons(out, context.headline).forEach((reason, i) => reason && mark(i, reason));
  return out;
}
