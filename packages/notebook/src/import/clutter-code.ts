// Script code a copied page leaves in the text: a tracking pixel's
// JavaScript, an ad slot's loader, a style rule. Prose and code are told apart
// by marks prose does not make: statements joined by semicolons, member access
// and calls with no space (`navigator.userAgent`, `f.fbq(`), assignments to
// identifiers, braces ending a line, `function(`, argument lists without
// spaces, snake_case and camelCase identifiers. A line showing two kinds of
// these marks is code; a line showing one is code when it sits in a run of
// code (a brace alone, the URL the script loads).
import type { Block } from '@dossier/core';

/** Each kind of mark that code leaves and prose does not, counted once per line. */
const CODE_MARKS: readonly RegExp[] = [
  // Member access, as a call or an assignment: "document.referrer.indexOf(", "n.loaded=!0".
  /[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\s*(\(|=(?!=))/u,
  // An assignment of an identifier with no spaces ("n=f.fbq") or with them ("args = ();").
  /(^|[\s;{(!])[A-Za-z_$][\w$.]*\s*=\s*[\w$(!'"‘’[{]/u,
  // A statement ended and another begun on the same line, or a line ended by a semicolon after code.
  /;\s*[A-Za-z_$!{}][\w$.]*\s*[=.(]|\)\s*;\s*$|[)}\]]\s*;/u,
  // Braces: a block opened or closed ("{if(", ") {", "};").
  /^\s*[{}]|[{}]\s*$|\)\s*\{|\}\s*\(/u,
  // A function expression or an arrow.
  /\bfunction\s*\(|=>/u,
  // An argument list without spaces: "(f,b,e,v,n,t,s)", "(t,s)".
  /\((?:[\w$]+,)+[\w$]+\)/u,
  // Identifiers in snake_case or camelCase with a dot before them ("pl_facebook_pixel_args", ".userAgent").
  /\b[a-z]+_[a-z_]+\b|\.[a-z]+[A-Z][A-Za-z]*\b/u,
  // A negation or a call glued to its parenthesis right after a brace or a semicolon: "{if(", ";t.async".
  /[{;]\s*(if|for|while|return|var|let|const)\b|\bif\s*\(\s*!?[\w$.]+\s*(\(|[<>=!]=?)/u,
];

/** Words of prose in a row (letters only, with spaces between): a sentence has many, code has few. */
const PROSE_RUN = /(?:^|\s)(?:[\p{L}’'-]+[,]?\s+){6,}[\p{L}’'-]+/u;

/** Longer lines are paragraphs, whatever marks they make. */
const MAX_LENGTH = 400;

/**
 * A character every kind of mark holds: "=", ";", a brace, a bracket, "_", or a dot before a name. Most
 * lines, a sentence's stop followed by a space or ending the line, have none, and are spared PROSE_RUN's
 * search (the longest test of this file).
 */
const CODE_CHARACTER = /[=;{}(_]|\.[A-Za-z_$]/u;

/** How many kinds of code mark a line shows. */
export function codeMarks(text: string): number {
  if (text.length > MAX_LENGTH || !CODE_CHARACTER.test(text) || PROSE_RUN.test(text)) return 0;
  return CODE_MARKS.filter((mark) => mark.test(text)).length;
}

/** A line that is nothing but brackets, quotes, a URL and punctuation, as the tail of a script is. */
const SCRIPT_TAIL = /^[\s{}()[\];,'"‘’`]*(https?:\/\/\S+)?[\s{}()[\];,'"‘’`]*$/u;

/**
 * Indexes of the blocks that are script code: two kinds of code mark, or one
 * (or only brackets and a URL) next to such a line.
 *
 * @example
 * codeLines(['The museum reopened on Wednesday.', 'n.queue=();t=b.createElement(e);t.async=!0;', '}'].map(
 *   (text) => ({ kind: 'paragraph', text }))) // => [1, 2]
 */
export function codeLines(blocks: readonly Block[]): number[] {
  const texts = blocks.map((b) => b.text.trim());
  const marks = texts.map(codeMarks);
  const strong = marks.map((m) => m >= 2);
  const found = new Set<number>();
  strong.forEach((isCode, i) => isCode && found.add(i));
  // Spread along the run: a weaker line joins code that touches it, in either direction.
  const weak = (i: number) => marks[i]! >= 1 || SCRIPT_TAIL.test(texts[i]!);
  for (const start of [...found]) {
    for (let j = start + 1; j < texts.length && !found.has(j) && weak(j); j++) found.add(j);
    for (let j = start - 1; j >= 0 && !found.has(j) && weak(j); j--) found.add(j);
  }
  return [...found].sort((a, b) => a - b);
}
