// The per-line clutter rules that the cleaner runs one after another, in the
// order it runs them: a rule may read the marks the rules before it made (a
// line beside a marked caption, a name line already marked as a byline).
import type { Block } from '@dossier/core';
import { debrisReasons } from './clutter-debris.js';
import { creditReasons } from './clutter-credits.js';
import { postReasons } from './clutter-posts.js';
import { captionReasons } from './clutter-captions.js';
import { dateReasons } from './clutter-dates.js';
import { figureReasons } from './clutter-figures.js';
import { stampedTeaserReasons } from './clutter-stamped-teasers.js';
import { bylineReasons } from './clutter-bylines.js';
import { widgetReasons } from './clutter-widgets.js';
import { noticeReasons } from './clutter-notices.js';
import { promptReasons } from './clutter-prompts.js';
import { teaserReasons } from './clutter-teasers.js';
import { scoreboardReasons } from './clutter-scoreboard.js';
import { readerPromptReasons } from './clutter-reader-prompts.js';
import { fieldLabelReasons } from './clutter-field-labels.js';
import { closingCreditReasons } from './clutter-closing-credits.js';
import { liveStampReasons } from './clutter-live-stamps.js';
import { paywallRestReasons } from './clutter-paywall-rest.js';
import { promoLineReasons } from './clutter-promo-lines.js';
import { pageButtonReasons } from './clutter-page-buttons.js';
import { authorNoteReasons } from './clutter-author-notes.js';

/** A rule's reason for each block it calls clutter (`undefined` for the others). */
export type LineRule = (blocks: readonly Block[]) => (string | undefined)[];

export const LINE_RULES: readonly LineRule[] = [
  debrisReasons,
  creditReasons,
  postReasons,
  captionReasons,
  dateReasons,
  figureReasons,
  stampedTeaserReasons,
  bylineReasons,
  widgetReasons,
  noticeReasons,
  promptReasons,
  teaserReasons,
  scoreboardReasons,
  readerPromptReasons,
  fieldLabelReasons,
  // Rules of shape and place that carry over to outlets never seen (dev-wide, docs/intelligence.md).
  closingCreditReasons,
  liveStampReasons,
  paywallRestReasons,
  promoLineReasons,
  pageButtonReasons,
  authorNoteReasons,
];
