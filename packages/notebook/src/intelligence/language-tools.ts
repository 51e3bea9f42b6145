// compromise, the NLP library that tells people, places and organisations
// apart, builds its lexicon when it is loaded: about half a second of a cold
// open at 100k articles, though the library list and search never use it. So
// it is loaded when first needed: ahead of every entry point that may need it
// (`loadCompromise`, a dynamic import a bundler splits into a chunk of its
// own), or else on the spot where the host has `require` (hosts that load the
// notebook as CommonJS, such as Playwright's runner). No `import.meta` here:
// those hosts cannot parse it (see import/worker-file.ts).
import type nlpFunction from 'compromise';
import { DossierError } from '@dossier/core';

declare const require: ((id: string) => unknown) | undefined;

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
  if (loaded) return loaded;
  if (typeof require !== 'function') {
    throw new DossierError('internal', 'compromise was needed before it was loaded (await loadCompromise() first)');
  }
  loaded = require('compromise') as Nlp;
  return loaded;
}

/** Whether compromise has been loaded in this process. */
export function compromiseLoaded(): boolean {
  return loaded !== undefined;
}
