// Lines a page addresses to the reader about the page itself, in the languages
// we meet: the comment form under a post (the note that the e-mail address will
// not be published, the required fields, the spam filter's notice), the
// placeholder of embedded third-party content waiting for the reader's consent
// ("To show this content from a third party we need your consent"), and the
// request to allow the browser's push notifications. Each is told by what it
// asks of the reader, on a short line of its own; a sentence of the story that
// tells of e-mails, consent or notifications speaks of someone else.
import type { Block } from '@dossier/core';

/** Longer lines are paragraphs of the story, whatever they say. */
const MAX_PROMPT = 300;

// "Your email address will not be published.", "Required fields are marked *", "This site uses Akismet to reduce spam.",
// "Save my name, email, and website in this browser…": the comment form of a blog or a news site, in six languages.
const COMMENT_FORM =
  /^(?:your email address will not be published|required fields are marked|this site uses akismet|learn how your comment data is processed|save my name, email,? and website|votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|les champs obligatoires sont indiqués|ihre e-?mail-?adresse wird nicht veröffentlicht|erforderliche felder sind mit|tu (?:dirección de )?correo electrónico no (?:será|se) publica|los campos obligatorios están marcados|il tuo indirizzo email non sarà pubblicato|i campi obbligatori sono contrassegnati|o seu endereço de e-?mail não será publicado|campos obrigatórios são marcados|ваш адрес email не будет опубликован|обязательные поля помечены|ваша адреса електронної пошти не буде опублікована|обов['’]язкові поля позначені)/iu;

/** Content of a third party or from outside the page, the thing an embed's placeholder stands for. */
const THIRD_PARTY =
  /third[- ]party content|external content|content from (?:a )?third part(?:y|ies)|inhalte[n]? (?:von|eines) drittanbieter[ns]?|drittanbieter-?inhalte?|externe[rn]? inhalte?|contenus? (?:de )?tiers|contenu externe|contenidos? (?:de terceros|externos?)|contenuti (?:di terze parti|esterni)|conteúdos? (?:de terceiros|externos?)|сторонн(?:ий|его) контент|контент третьих сторон/iu;
/** The reader addressed: the placeholder asks "you" for consent or tells "you" what is here (no "sie", "su": also "she", "his"). */
const YOU =
  /(?<![\p{L}])(?:you|your|du|dich|dir|deine?[nmrs]?|vous|votre|vos|tu|tus|usted|te|ti|tuoi|voi|você|seu|sua|вы|вас|ваш|ви)(?![\p{L}])/iu;
/** German's formal "you" is told from "she" and "they" by its capital letter inside the line. */
const FORMAL_YOU = /(?<=\S\s+)(?:Sie|Ihnen|Ihre?[nmrs]?)(?![\p{L}])/u;
const addressed = (text: string) => YOU.test(text) || FORMAL_YOU.test(text);
/** What the placeholder says of the content: the reader's consent is needed, or the content is here. */
const CONSENT_OR_HERE =
  /(?<![\p{L}])(?:consent|here|zustimmung|einwilligung|hier|an dieser stelle|consentement|ici|consentimiento|aquí|consenso|qui|consentimento|aqui|согласи[ея]|здесь|тут|згод[аиу])(?![\p{L}])/iu;

/** A placeholder's label is a name and the word: "X Corp. Platzhalter". */
const MAX_PLACEHOLDER = 60;
// "X Corp. Platzhalter", "YouTube placeholder": the label standing where the embed would be.
const PLACEHOLDER = /^[\p{L}\p{N}.&' -]{0,30}(?:placeholder|platzhalter|espace réservé|marcador de posición)$/iu;

/** The browser's notifications, which the prompt asks the reader to allow. */
const NOTIFICATIONS =
  /(?<![\p{L}])(?:push[- ]?)?(?:notifications?|benachrichtigungen|push-mitteilungen|notificaciones|notifiche|notificações|уведомлени[яй]|сповіщення)(?![\p{L}])/iu;
/** The browser the notifications come through: a sentence of a story about an app's notifications names none. */
const BROWSER = /(?<![\p{L}])(?:browser|navigateur|navegador|браузер[іеа]?)(?![\p{L}])/iu;
/** The prompt asks in the imperative, at the start of its line: allow, enable, activate, turn on, click. */
const ASK_FIRST =
  /^(?:allow|enable|activate|turn on|click|autorisez|activez|cliquez|erlauben sie|aktivieren sie|klicken sie|permite|activa|haz clic|consenti|attiva|clicca|ative|clique|разрешите|включите|дозвольте|увімкніть)(?![\p{L}])/iu;
/** "Don't miss anything", "Ne manquez rien", "Verpassen Sie nichts": the prompt's opening, told by the promise. */
const MISS_NOTHING =
  /^(?:don['’]t miss (?:anything|a thing|out)|never miss|ne manquez rien|ne ratez rien|verpassen sie nichts|verpasse nichts|no te pierdas nada|no se pierda nada|non perderti nulla|não perca nada)/iu;

// "Welcome to Example FM", "Bienvenue sur Exemple": the site's greeting, a prompt's header when one stands beside it.
const WELCOME =
  /^(?:welcome to|bienvenue (?:sur|à|chez)|willkommen (?:bei|auf|im)|bienvenid[oa]s? a|benvenut[oi] su|bem-vind[oa] (?:a|ao))\s+[\p{L}\p{N}.&'’ -]{2,30}[.!]?$/iu;

// "Alles zum Thema …", "All about …", "Tout sur …": the link to the page of a topic, a name after the words.
const MAX_TOPIC_LINK = 80;
const TOPIC_LINK =
  /^(?:alles (?:zum thema|über)|all about|everything about|tout sur|todo sobre|tutto su|tudo sobre|все о|все про|усе про)\s+\p{Lu}[^.!?]{1,50}$/iu;

// Every form of THIRD_PARTY and NOTIFICATIONS holds one of these stems (a capital aside): a cheap search, case and
// all, that spares most lines the two searches of many words from every position.
const EMBED_OR_NOTIFICATION_STEM =
  /hird|xtern|rittanbieter|iers|ercer|erze|erceir|sterni|торонн|ретьих|otif|enachrichtig|itteilung|ведомлен|повіщен/u;

/** The reason each block is such a prompt, or undefined, before greetings are looked at. */
function ownReasons(text: string): string | undefined {
  if (text.length > MAX_PROMPT) return undefined;
  if (COMMENT_FORM.test(text)) return 'comment form of the page';
  if (text.length <= MAX_PLACEHOLDER && PLACEHOLDER.test(text)) return 'placeholder of embedded content';
  if (EMBED_OR_NOTIFICATION_STEM.test(text)) {
    if (THIRD_PARTY.test(text) && addressed(text) && CONSENT_OR_HERE.test(text))
      return 'consent notice of embedded content';
    if (
      NOTIFICATIONS.test(text) &&
      addressed(text) &&
      (BROWSER.test(text) || ASK_FIRST.test(text) || MISS_NOTHING.test(text))
    )
      return 'request to allow notifications';
  }
  if (text.length <= MAX_TOPIC_LINK && TOPIC_LINK.test(text)) return "link to the topic's page";
  return undefined;
}

/**
 * For each block, the reason it is a prompt of the page to its reader, or undefined.
 *
 * @example
 * readerPromptReasons([{ kind: 'paragraph', text: 'Your email address will not be published.' }])
 * // => ['comment form of the page']
 */
export function readerPromptReasons(blocks: readonly Block[]): (string | undefined)[] {
  const texts = blocks.map((b) => b.text.trim());
  const own = texts.map(ownReasons);
  const prompt = (i: number) => !!own[i] && own[i] !== "link to the topic's page";
  return texts.map((text, i) => {
    if (own[i]) return own[i];
    if ((prompt(i - 1) || prompt(i + 1)) && WELCOME.test(text)) return "the site's greeting over a prompt";
    return undefined;
  });
}
