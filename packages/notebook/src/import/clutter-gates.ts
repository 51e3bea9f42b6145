// Cheap tests run before the cleaner's costlier ones: each tells, by a
// character or two, that a line cannot match an expression, so the expression
// is not searched for from every position of a paragraph. Every gate is a
// condition the expression itself needs (a character its every form holds),
// never a guess: a line that passes is tested as before, and one that fails
// could not have matched. Import runs the rules on every block of every
// article, most of them sentences that none of these could match.

/** The bullets a list sets before a header or a label ("- READ MORE ON:", "• Share"). */
const BULLETS = '-•·*▪';

/** Whether a line opens with one of the bullets `^[-•·*▪]\s+` strips. */
export const mayStartWithBullet = (text: string) => BULLETS.includes(text.charAt(0));

/** Where labels side by side are split: a bar, a bullet or a slash between spaces (`\s+[|•·/]\s+`). */
export const LABEL_SEPARATOR = /\s[|•·/]\s/u;

/** Where a copied page ran two buttons together: a capital right after a small letter or a colon. */
export const GLUED_LABELS = /(?<=[\p{Ll}:])(?=\p{Lu})/u;

/** A letter or a digit is neither punctuation, a symbol nor a space: a line holding one is no rule of asterisks. */
export const hasLetterOrDigit = (text: string) => LETTER_OR_DIGIT.test(text);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a line holds what every form of clutter.ts's CREDIT_END needs: "©", a slash or a bracket, or (for
 * an agency's dash and a photographer's name in capitals) two last characters of a name in capitals. A
 * sentence ending on a small letter and its stop, with none of the three, is no such caption.
 */
export const mayEndOnCredit = (text: string) =>
  text.includes('/') || text.includes('(') || text.includes('©') || CAPITALS_AT_END.test(text.slice(-4));
const CAPITALS_AT_END = /[\p{Lu} .'-]{2}$/u;

/**
 * Whether a line may close on an agency as clutter-captions.ts's AGENCY_CLOSE does: on the agency's last
 * letter, or on a name after a slash. A line ending on its stop with no slash in it (most) cannot.
 */
export const mayCloseOnAgency = (text: string) => LETTER_AT_END.test(text.slice(-2)) || text.includes('/');
const LETTER_AT_END = /\p{L}$/u;
