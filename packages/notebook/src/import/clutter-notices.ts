// Notices a page adds about the text rather than sentences of it, in the
// languages we meet: the live page's promise of more ("Plus de détails
// suivront.", "Mehr in Kürze."), the note of where and when the piece was
// first published or broadcast ("Diese Nachricht wurde am 11.07.2024 im
// Programm Deutschlandfunk gesendet.", "This article was originally
// published on …"), and the line an embedded video leaves ("00:44 Video …
// abspielen. Laufzeit 44 Sekunden."). Each is a whole line of its own form;
// a sentence that tells of a broadcast or of a video stays.
import type { Block } from '@dossier/core';

// "More to follow.", "Plus de détails suivront.", "Mehr in Kürze.", "Más detalles en breve.", "Seguiranno aggiornamenti.":
// the promise of a story still being written, alone on its line.
const MORE_TO_FOLLOW =
  /^(?:more details (?:to follow|soon)|further details to follow|details to follow|updates to follow|plus de (?:détails|précisions|informations) (?:suivront|à venir|dans un instant)|d['’]autres informations suivront|mehr (?:in kürze|folgt|dazu in kürze|informationen in kürze)|weitere informationen folgen|(?:más|mas) (?:detalles|información|informacion) (?:en breve|en unos minutos|próximamente|a continuación)|seguiranno aggiornamenti|aggiornamenti a seguire|notizia in aggiornamento|mais (?:detalhes|informações) em breve|meer nieuws volgt)[.!…]*$/iu;

/** The note speaks of the piece itself: "This article", "Cet article", "Diese Nachricht", never "The report". */
const THIS_PIECE =
  /^(?:this (?:article|story|report|piece|interview|column|essay)|cet article|cette (?:dépêche|interview|chronique)|este (?:artículo|texto|reportaje)|esta (?:noticia|nota|entrevista|columna)|dieser (?:artikel|beitrag|text)|diese (?:nachricht|meldung|sendung)|dieses interview|questo articolo|questa notizia|este artigo|esta (?:notícia|matéria|reportagem))\s/iu;
/** "originally published", "first appeared", "publié initialement", "zuerst erschienen": its first publication. */
const FIRST_PUBLISHED =
  /(?:first|originally|initially|initialement|d['’]abord|originalmente|originariamente|zuerst|ursprünglich|erstmals|inizialmente)(?:\s\S+){0,3}\s(?:published|appeared|ran|publié|publiée|paru|parue|publicad[oa]|aparecid[oa]|veröffentlicht|erschienen|pubblicat[oa]|apparso|apparsa)(?![\p{L}])|(?:published|appeared|publié|publiée|paru|parue|publicad[oa]|veröffentlicht|erschienen|pubblicat[oa])\s(?:first|originally|initialement|originalmente|originariamente|zuerst)(?![\p{L}])/iu;
/** "broadcast", "gesendet", "diffusé", "emitido": a programme's note of its airing. */
const BROADCAST =
  /(?<![\p{L}])(?:broadcast|aired|gesendet|ausgestrahlt|diffusée?|emitid[oa]|andat[oa] in onda|trasmess[oa]|transmitid[oa])(?![\p{L}])/iu;
/** Where or when: "on The Conversation", "im Programm Deutschlandfunk", "am 11.07.2024", "en El País". */
const WHERE_OR_WHEN =
  /\s(?:on|in|by|at|sur|dans|par|en|por|im|am|auf|bei|von|su|da|em|no|na|nel|sul)\s+(?:the |le |la |el |il |der |die |das |programm |le site (?:de |du )?|the website of |el sitio (?:de )?)?[\p{Lu}\d]/u;
/** A second clause: the line goes on to tell something, so it is a sentence of the story. */
const SECOND_CLAUSE = /,\s(?:and|but|et|mais|y|pero|und|aber|e|ma)\s/iu;
/** Words a note holds at most. */
const MAX_NOTE_WORDS = 25;

/** "Diese Nachricht wurde am 11.07.2024 im Programm Deutschlandfunk gesendet.": the note of the piece's first publication. */
function isPublicationNote(text: string): boolean {
  if (!THIS_PIECE.test(text) || text.split(/\s+/u).length > MAX_NOTE_WORDS || SECOND_CLAUSE.test(text)) return false;
  return (FIRST_PUBLISHED.test(text) || BROADCAST.test(text)) && WHERE_OR_WHEN.test(text);
}

// "00:44 Video Hier erzielt Watkins das goldene Tor …": a player's running time, then the word for a video or a clip.
const PLAYER_START = /^\d{1,2}:\d{2}(?::\d{2})? ?(?:video|vidéo|vídeo|clip|audio|podcast)\b/iu;
// "… Laufzeit 44 Sekunden.", "Durée : 1 min 20", "Duration: 2 minutes", "Duración: 45 segundos": the player's length.
const PLAYER_DURATION =
  /\b(?:laufzeit|spieldauer|durée|duration|running time|duración|durata|duração)\s*:?\s*\d{1,3}(?:[:.]\d{2})?\s*(?:sekunden|sek\.?|minuten|min\.?|secondes|seconds|secs?|minutes|segundos|minutos|secondi|minuti)?(?:\s*\d{1,2}\s*(?:s|sec|sek)\.?)?[.!]?$/iu;
/** Longer lines are paragraphs whatever they hold. */
const MAX_NOTICE = 300;

/**
 * For each block, the reason it is a notice about the text, or undefined.
 *
 * @example
 * noticeReasons([{ kind: 'paragraph', text: 'Plus de détails suivront.' }]) // => ['live-page placeholder']
 */
export function noticeReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((b) => {
    const text = b.text.trim();
    if (text.length > MAX_NOTICE) return undefined;
    if (MORE_TO_FOLLOW.test(text)) return 'live-page placeholder';
    if (isPublicationNote(text)) return 'note of where the text was first published (metadata, not body)';
    // Both hold the player's time in digits: a line without one (most) is spared the search.
    if (/\d/u.test(text) && (PLAYER_START.test(text) || PLAYER_DURATION.test(text)))
      return 'embedded video player of the page';
    return undefined;
  });
}
