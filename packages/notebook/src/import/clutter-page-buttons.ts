// Buttons, form fields, section labels and notices that any news page may
// carry, whole lines in the languages we meet: an audio player's "Listen to
// this article", "Save" and "Gift this article", a newsletter form's "Enter
// your email", "Was this article helpful?", "Filed under: …", "All rights
// reserved", "Load more", "Your browser does not support the video tag", a
// teaser's stamp "Politics 2 hours ago". These are the common prompts of
// web pages, not an outlet's words: a phrase list is their kind. Each
// pattern is a whole short line, so a sentence that uses the words stays.
import type { Block } from '@dossier/core';
import { isAgenciesAlone } from './clutter-credits.js';

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
      // Subscribe buttons and newsletter prompts beyond English.
      '(?:jetzt )?abonnieren|abonnez-vous(?: à (?:notre|la) newsletter)?|suscríbete(?: a (?:nuestro|el) (?:boletín|newsletter))?|iscriviti(?: alla newsletter)?|assine(?: já| a newsletter)?|inscreva-se(?: na newsletter)?|melden sie sich (?:jetzt )?für unseren newsletter an|newsletter abonnieren|recevez (?:notre|la) newsletter|recibe (?:nuestro|el) boletín',
      // A teaser list's or a link's label alone on its line.
      "más información|weitere informationen|plus d[’']informations?|maggiori informazioni|mais informações|zum thema|ti potrebbe interessare|potrebbe interessarti|você pode gostar|voce pode gostar|vous aimerez aussi|le podría interesar",
      // The desk signing the text, and a live page's or a media section's name.
      '(?:la )?redacción|la rédaction|die redaktion|la redazione|a redação|editorial staff|staff reporter|our (?:correspondent|reporter)|news desk',
      'minute by minute|minute par minute|minuto a minuto|al minuto|minuto per minuto|live-?blog|live-?ticker|ticker|podcasts?',
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

// "WATCH: The mayor resigns", "VIDEO | El alcalde dimite", "IN PICTURES": a media section's label in upper case
// before the title of a video or a gallery (upper case only: "Video shows the bridge…" is a sentence).
const MEDIA_LABEL =
  /^(?:WATCH|VIDEO|VÍDEO|VIDÉO|FOTOS?|PHOTOS?|GALERÍA|GALERIE|GALLERY|AUDIO|PODCAST|EN VIDEO|EN VÍDEO|EN VIDÉO|EN IMAGES|EN IMÁGENES|IN PICTURES|IN BILDERN|IN FOTO|EM FOTOS)(?:\s*[:|]\s*[^.!?]{2,100})?$/u;
// "Imagen: Archivo", "Fotografía: Ana Ruiz", "Photograph: Jane Doe": a picture's credit of one to five words.
const PICTURE_CREDIT =
  /^(?:imagen|fotografía|fotografia|fotograf|photograph|photographie|ilustración|illustration)\s*:\s*[\p{L}\p{N}][\p{L}\p{N}.&'’/-]*(?:\s[\p{L}\p{N}.&'’/-]+){0,4}$/iu;
// "– AFP", "Avec AFP", "Con información de EFE", "With Reuters": the agencies the text was written from.
const WITH_AGENCY =
  /^(?:[-–—]\s*|con información de\s+|with reporting from\s+|(?:avec|with|mit|con|com)\s+)(.+?)\.?$/iu;

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
    if (MEDIA_LABEL.test(text)) return "a media section's label (a link to a video or a gallery)";
    if (text.length <= 80 && PICTURE_CREDIT.test(text)) return 'photo credit (metadata, not body)';
    const agencies = text.length <= 80 ? WITH_AGENCY.exec(text)?.[1] : undefined;
    if (agencies && isAgenciesAlone(agencies)) return 'credit line (metadata, not body)';
    if (text.length <= 80 && NAME_AND_ROLE.test(text)) return 'byline (metadata, not body)';
    return undefined;
  });
}
