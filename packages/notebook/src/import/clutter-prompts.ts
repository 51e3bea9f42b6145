// Prompts a page puts among the paragraphs that speak to the reader about the
// site, not about the story: the widget asking readers to report a typo with
// Ctrl+Enter (common on Ukrainian and Russian news sites, in their languages
// and in English), a closing appeal whose last sentence asks for support
// ("Journalists fight on their own frontline. Support us or become our
// patron!"), and the article's tag list ("Tags: Ukraine, Russia, energy").
// Each is a short line of its own; a sentence that tells of errors, patrons or
// tags stays.
import type { Block } from '@dossier/core';

/** Lines longer than this are paragraphs of the story, whatever they say. */
const MAX_PROMPT = 220;

// The key combination is the widget's signature; the line also names an error in some language.
const CTRL_ENTER = /\bctrl\s*\+\s*enter\b/iu;
const ERROR_WORD =
  /(?:error|mistake|typo|erreur|faute|fehler|tippfehler|errore|refuso|erro|помилк|ошибк|опечатк|błąd|chyb)/iu;

// The appeal's last sentence opens with the request itself.
const SUPPORT_REQUEST =
  /^(?:please\s+)?(?:support|back|fund|donate to|help)\s+(?:us|our\s+\p{L}+|the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\b.*\b(?:patron|member|subscriber|donor|donation|donate|journalism|newsroom|today)\b|^become\s+(?:a|our)\s+(?:patron|member|subscriber|supporter|donor)\b|^(?:підтримайте|поддержите)\s/iu;

// "Tags: Ukraine, Russia, energy", "Schlagwörter: …", "Теги: …": the label, a colon, a few words, no sentence.
const TAG_LIST =
  /^(?:tags?|tagged(?: with)?|topics?|keywords|schlagwörter|stichwörter|themen|mots[- ]clés|étiquettes|sujets|etiquetas|temas|argomenti|tag|palavras-chave|trefwoorden|теги|теми|темы|мітки|ключові слова|ключевые слова)\s*:\s*[^.!?]{2,150}$/iu;

/** The sentences of a short line, split after their closing mark. */
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

export function promptReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((b) => {
    const text = b.text.trim();
    if (text.length > MAX_PROMPT) return undefined;
    if (CTRL_ENTER.test(text) && ERROR_WORD.test(text)) return "prompt to report a typo to the site's editors";
    const sentences = sentencesOf(text);
    if (sentences.length > 1 && SUPPORT_REQUEST.test(sentences.at(-1)!)) return 'donation appeal';
    if (TAG_LIST.test(text) && text.split(/\s+/u).length <= 20) return 'tag list of the page (metadata, not body)';
    return undefined;
  });
}
