// compromise, the NLP library that tells people, places and organisations
// apart, builds its lexicon when it is loaded: about half a second of a cold
// open at 100k articles, though the library list and search never use it. So
// it is loaded when first needed: ahead of a service method that may need it
// (`loadCompromise`, a dynamic import a bundler splits into a chunk of its
// own), or else on the spot from the package's CommonJS build (Node).
import { createRequire } from 'node:module';
import type nlpFunction from 'compromise';

type Nlp = typeof nlpFunction;
let loaded: Nlp | undefined;

/**
 * Loads compromise if it is not loaded yet; quick once it is.
 *
 * @example
 * await loadCompromise();
 * compromise()('Olena Zelenska visited Kyiv').people().found // => true
 */
export async function loadCompromise(): Promise<void> {
  loaded ??= (await import('compromise')).default;
}

/** compromise itself, loaded now if nothing loaded it before. */
export function compromise(): Nlp {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}

/** Whether compromise has been loaded in this process. */
export function compromiseLoaded(): boolean {
  return loaded !== undefined;
}
