// Lines through the whole cleaner, for the clutter rules' specs: each line a
// paragraph, and a line set amid a short story of our own wording.
import type { Block } from '@dossier/core';
import { detectClutter } from '../src/import/clutter.js';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** Each line's clutter reason, or null where it stays. */
export const reasons = (lines: string[]): (string | null)[] =>
  detectClutter(lines.map(paragraph)).map((b) => b.clutter?.reason ?? null);

/** Three plain sentences of a local news story. */
export const story = [
  'The council voted on Tuesday to close the old library on Mill Street and move its books to the town hall.',
  'Readers will be able to borrow books from the new rooms from the first week of March, the council said.',
  'The building will be sold, and the money will go to the repair of the swimming pool next to the school.',
];

/** The reason of `line` set after the story's first sentence. */
export const amid = (line: string): string | null => reasons([story[0]!, line, ...story.slice(1)])[1]!;
