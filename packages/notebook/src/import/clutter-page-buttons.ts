// Buttons, form fields, section labels and notices that any news page may
// carry, whole lines in the languages we meet: an audio player's "Listen to
// this article", "Save" and "Gift this article", a newsletter form's "Enter
// your email", "Was this article helpful?", "Filed under: …", "All rights
// reserved", "Load more", "Your browser does not support the video tag", a
// teaser's stamp "Politics 2 hours ago". These are the common prompts of
// web pages, not an outlet's words: a phrase list is their kind. Each
// pattern is a whole short line, so a sentence that uses the words stays.
import type { Block } from '@dossier/core';

const BUTTON = new RegExp(
  '^(?:' +
    [
      // An article's audio player.
      "listen to (?:this|the) (?:article|story)|écouter (?:cet|l[’']) ?article|artikel (?:anhören|vorlesen lassen)|escuchar (?:el |este )?(?:artículo|noticia)|ascolta (?:l[’']articolo|la notizia|questo articolo)|ouvir (?:o |este )?(?:artigo|notícia)",
      // Keeping and giving the article, following its topic.
      "save(?: (?:article|story|for later))?|saved|bookmark(?: (?:article|this))?|gift (?:this )?(?:article|story)|give this article|share full article|follow(?: (?:topic|this topic|author|this author))?|artikel (?:merken|speichern|verschenken)|sauvegarder|enregistrer(?: l[’']article)?|guardar(?: artículo)?|salva(?: articolo)?|salvar(?: artigo)?",
      // A picture's and a gallery's buttons.
      "enlarge (?:image|photo|picture)|view (?:image|gallery|photos?)|open gallery|bild vergrößern|agrandir (?:l[’']image|la photo)|ampliar (?:imagen|foto)|ingrandisci",
      // A newsletter form.
      'enter your e-?mail(?: address)?|e-?mail address|your e-?mail|ihre e-?mail-adresse|votre (?:adresse )?e-?mail|tu (?:correo|email)|la tua e-?mail|seu e-?mail',
      'by (?:signing up|subscribing|clicking)[^.]{0,40} you agree to [^.]{0,80}',
      // Section labels of a page's other stories.
      "latest(?: news| stories)?|editor[’']s picks?|don[’']t miss|in other news|also on [\\p{L} .&']{2,30}|recommended (?:stories|articles|reading)|more (?:on|about) this (?:story|topic)|à la une|les plus lus|meistgelesen|lo más leído|le più lette|mais lidas",
      // The reader's feedback.
      'was this (?:article|story|page) helpful\\??|yes no|rate this (?:article|story)|send us a tip|report (?:an error|a typo|a correction)|fehler melden|signaler une erreur|reportar (?:un )?error|segnala(?: un)? errore',
      // The page's filing of the story.
      "(?:filed under|categories|category|posted in|kategorie|catégories?|categorías?|categorie|categoria)\\s*:\\s*[\\p{L}\\p{N} ,&'/-]{2,80}",
      // Rights, legal links, pagers.
      '(?:©\\s*)?all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados',
      'imprint|impressum|mentions légales|aviso legal|note legali|terms(?: of (?:use|service))?|privacy(?: policy| notice)?',
      'load more|see all|view all|show all stories|mehr laden|voir tout|ver todo|vedi tutti|ver tudo',
      // Notices of a script or a player the copy lost.
      'loading\\s?(?:\\.\\.\\.|…)?|please enable javascript[^.]{0,80}|your browser does not support (?:the )?(?:video|audio)(?: tag| element)?|this (?:video|content) is (?:not|no longer) available(?: in your (?:country|region))?|javascript (?:is )?(?:disabled|required)',
      // Advertisement markers.
      "ad|ads|story continues below|article continues below|la suite après (?:cette )?(?:la )?publicité|weiter nach der anzeige|continúa después de la publicidad|l[’']articolo continua dopo la pubblicità",
    ].join('|') +
    ')\\s?[.:!…]?$',
  'iu',
);
/** A page's buttons are short; a longer line is text. */
const MAX_BUTTON = 160;

// "Politics 2 hours ago", "World | 3 days ago", "il y a 3 heures", "vor 2 Stunden": a teaser's section and age.
const SECTION = String.raw`(?:\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,2}\s*(?:[|•·–-]\s*)?)?`;
const AGE_STAMP = new RegExp(
  `^${SECTION}(?:` +
    [
      String.raw`\d{1,2}\s?(?:min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?) ago`,
      String.raw`il y a \d{1,2}\s?(?:min|minutes?|h|heures?|jours?|semaines?|mois)`,
      String.raw`vor \d{1,2}\s?(?:Min\.?|Minuten|Std\.?|Stunden|Tagen|Wochen|Monaten)`,
      String.raw`hace \d{1,2}\s?(?:min|minutos?|h|horas?|días?|semanas?|meses)`,
      String.raw`\d{1,2}\s?(?:min|minuti|ore|giorni|settimane|mesi) fa`,
      String.raw`há \d{1,2}\s?(?:min|minutos?|h|horas?|dias?|semanas?|meses)`,
    ].join('|') +
    ')$',
  'u',
);
const MAX_STAMP = 50;

/** "Jane Doe, Staff Writer": the writer's name and role on one line. */
const NAME_AND_ROLE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3},\s(?:(?:senior|chief|staff|political|foreign|special|contributing) )?(?:writer|reporter|editor|correspondent|columnist|contributor)$/iu;

/**
 * For each block, the reason it is one of a page's common buttons or labels, or undefined.
 *
 * @example
 * pageButtonReasons([{ kind: 'paragraph', text: 'Listen to this article' }]) // => ['button or label of the page']
 */
export function pageButtonReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((b) => {
    const text = b.text.trim();
    if (text.length > MAX_BUTTON) return undefined;
    if (BUTTON.test(text)) return 'button or label of the page';
    if (text.length <= MAX_STAMP && AGE_STAMP.test(text)) return "a teaser's section and age stamp";
    if (text.length <= 80 && NAME_AND_ROLE.test(text)) return 'byline (metadata, not body)';
    return undefined;
  });
}
