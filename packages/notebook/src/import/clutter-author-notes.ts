// The author's note at the page's tail: the writer's name alone on its line
// (marked as a byline or a signature already), then a line about the writer
// that opens on their name ("Jane worked for twenty years at …", "Jane Roe
// is a reporter …"). It is told by its place and by the name above it, not
// by its words, so it holds for an outlet never seen; the story's own last
// paragraph does not open on the name of a signature below the story.
import type { Block } from '@dossier/core';

/** A name alone on its line: two to four capitalised words. */
const NAME_ALONE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** The note stands among the page's last lines. */
const TAIL = 2;

/**
 * For each block, the reason it is the author's note at the tail, or undefined.
 * `blocks` carry the other rules' marks (the name above the note is marked).
 *
 * @example
 * authorNoteReasons([
 *   { kind: 'paragraph', text: 'The council met on Monday to vote on the budget for the year.' },
 *   { kind: 'paragraph', text: 'Jane Roe', clutter: { reason: 'byline (metadata, not body)' } },
 *   { kind: 'paragraph', text: 'Jane covers the town hall for the paper.' },
 * ])
 * // => [undefined, undefined, "author's note at the page's tail (metadata, not body)"]
 */
export function authorNoteReasons(blocks: readonly Block[]): (string | undefined)[] {
  const reasons: (string | undefined)[] = blocks.map(() => undefined);
  for (let i = Math.max(1, blocks.length - TAIL); i < blocks.length; i++) {
    const name = blocks[i - 1]!.text.trim();
    if (blocks[i]!.clutter || !blocks[i - 1]!.clutter || !NAME_ALONE.test(name)) continue;
    const words = name.split(' ');
    const text = blocks[i]!.text.trim();
    const opening = [name, words[0]!, words.at(-1)!].find((n) => text.startsWith(`${n} `));
    // After the name, a verb or a copula in lower case: "Jane worked", "Jane Roe is".
    if (opening && /^\s\p{Ll}/u.test(text.slice(opening.length)))
      reasons[i] = "author's note at the page's tail (metadata, not body)";
  }
  return reasons;
}
