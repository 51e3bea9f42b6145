// What a page's markup leaves in its copied text when the picture or the
// button is gone: an image's file name written as a slug
// ("nico-williams-lamine-yamal-1200"), the alt text of the writer's picture
// ("Tipster profile image", "Foto de perfil"), and the names of interface elements
// in a developer's camelCase ("Sports Editor authorBadge", "shareIcon"). No
// language writes a line as one hyphenated lowercase token, and no sentence
// glues a lowercase word to a capitalised one.
import type { Block } from '@dossier/core';
import { hasAtMostWords } from './line-words.js';

// "nico-williams-lamine-yamal-1200", "luis-de-la-fuente-madrid-pokal": three parts or more, lowercase, letters in them.
const IMAGE_SLUG = /^(?=[a-z0-9-]*[a-z]{2})[a-z0-9]+(?:-[a-z0-9]+){2,}(?:\.(?:jpe?g|png|gif|webp|avif))?$/u;
// "authorBadge", "profileImage", "shareButton": a lowercase word run into a capitalised one ("iPhone", "eBay" are too
// short on the left to count).
const CAMEL_CASE_TOKEN = /(?:^|\s)[a-z]{3,}[A-Z][a-z]{2,}(?:\s|$)/u;
// "Tipster profile image", "Author avatar", "Foto de perfil del autor": the alt text of a writer's picture.
const PROFILE_PICTURE =
  /^(?:[\p{L}'’-]+ ){1,3}avatar$|^(?:[\p{L}'’-]+ ){0,3}(?:profile (?:image|picture|photo|pic)|author (?:image|photo|picture)|user icon|foto de perfil|image de profil|photo de profil|profilbild|autorenbild|immagine del profilo|foto do perfil)(?: [\p{L}'’-]+){0,3}$/iu;
/** Words a line holds at most to be the labels of a widget; a sentence may name a product written so. */
const MAX_LABEL_WORDS = 5;

/**
 * For each block, the reason it is markup debris, or undefined.
 *
 * @example
 * debrisReasons([{ kind: 'paragraph', text: 'nico-williams-lamine-yamal-1200' }]) // => ['image file name left as text']
 */
export function debrisReasons(blocks: readonly Block[]): (string | undefined)[] {
  return blocks.map((b) => {
    const text = b.text.trim();
    if (text.length <= 120 && IMAGE_SLUG.test(text)) return 'image file name left as text';
    if (text.length <= 60 && PROFILE_PICTURE.test(text)) return "alt text of the writer's picture";
    if (hasAtMostWords(text, MAX_LABEL_WORDS) && CAMEL_CASE_TOKEN.test(text))
      return 'name of a page element left as text';
    return undefined;
  });
}
