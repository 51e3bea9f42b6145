// A paywall's note of how much of the story is left behind it ("Il vous
// reste 72% de cet article à lire. La suite est réservée aux abonnés.", "The
// rest of this article is for subscribers only"), in the languages we meet:
// a common prompt, so a phrase list of it holds for outlets never seen. A
// sentence about subscribers ("The paper lost a fifth of its subscribers")
// says no such thing.
import type { Block } from '@dossier/core';

const REST_FOR_SUBSCRIBERS = new RegExp(
  [
    // "Il vous reste 72% de cet article à lire", "You have 80% of this article left to read".
    String.raw`\d{1,3}(?:[.,]\d+)?\s?% (?:of (?:this|the) (?:article|story)|de cet article|des artikels|dieses artikels|de este artículo|del artículo|di questo articolo|dell['’]articolo|deste artigo|do artigo)\b`,
    String.raw`\bla suite (?:de cet article )?est réservée aux (?:abonnés|abonné·e·s)`,
    String.raw`\bthe rest of (?:this|the) (?:article|story) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members)`,
    String.raw`\bder rest (?:dieses|des) (?:artikels|beitrags|textes) ist (?:nur )?(?:für )?abonnenten`,
    String.raw`\bel resto (?:de este|del) (?:artículo|texto) es (?:exclusivo )?para (?:suscriptores|abonados)`,
    String.raw`\bil resto (?:dell['’]articolo|di questo articolo) è riservato agli abbonati`,
    String.raw`\bo resto (?:deste|do) (?:artigo|texto) é exclusivo para assinantes`,
  ].join('|'),
  'iu',
);
/** Such a note is short; a long paragraph that mentions subscribers is the story. */
const MAX_NOTE = 200;
/** Words every form of the note holds: a line with none is spared the long pattern. */
const MAY_BE_NOTE = /%|abonn|abbon|subscri|suscri|assinant/iu;

/**
 * For each block, the reason it is a paywall's note, or undefined.
 *
 * @example
 * paywallRestReasons([{ kind: 'paragraph', text: 'The rest of this article is for subscribers only.' }])
 * // => ['paywall notice']
 */
export function paywallRestReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((b) => {
    const text = b.text.trim();
    return text.length <= MAX_NOTE && MAY_BE_NOTE.test(text) && REST_FOR_SUBSCRIBERS.test(text)
      ? 'paywall notice'
      : undefined;
  });
}
