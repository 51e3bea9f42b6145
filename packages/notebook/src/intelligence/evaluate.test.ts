// How `dossier eval` counts a labelled clutter line: kept when the clean text
// still holds it as a line (alone, or glued to a paragraph at its edge), not
// when a real sentence merely mentions the same words.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clutterLineKept, evaluateLabelledFolder } from './evaluate.js';
import { withHeadline } from './intelligence.js';

describe('a clutter line counts as kept only as a line of the clean text', () => {
  it('is kept when a clean block is the line', () => {
    expect(clutterLineKept('Speed Reads', ['Speed Reads', 'The spire collapsed.'])).toBe(true);
  });

  it('is kept when it is glued to a paragraph at its start or its end', () => {
    expect(clutterLineKept('Photo: AFP', ['Photo: AFP The spire collapsed on Monday.'])).toBe(true);
    expect(clutterLineKept('EFE', ['The toll rose to 2,012 dead. EFE'])).toBe(true);
    expect(clutterLineKept('Lock', ['Lock. This article is for subscribers only.'])).toBe(true);
  });

  it('is not kept when a sentence only mentions its words', () => {
    expect(clutterLineKept('EFE', ['The ministry, contacted by EFE, gave no figure.'])).toBe(false);
    expect(clutterLineKept('EFE', ['Sources told EFE.'])).toBe(false);
    expect(clutterLineKept('Share', ['Outlets share the figures.'])).toBe(false);
  });

  it('is not kept a second time inside a kept block that is another labelled line', () => {
    expect(clutterLineKept('0:00', ['0:00 0:00', 'The storm hit.'], ['0:00', '0:00 0:00'])).toBe(false);
    expect(clutterLineKept('0:00 0:00', ['0:00 0:00', 'The storm hit.'], ['0:00', '0:00 0:00'])).toBe(true);
    // The line itself kept, or glued to an unlabelled block, still counts.
    expect(clutterLineKept('0:00', ['0:00', '0:00 0:00'], ['0:00', '0:00 0:00'])).toBe(true);
    expect(clutterLineKept('0:00', ['0:00 Live'], ['0:00', '0:00 0:00'])).toBe(true);
  });

  it('is kept wherever a long line is found, since no sentence mentions forty characters of furniture by chance', () => {
    const comment = 'je souhaite mes sincères condoléances aux familles des disparus';
    expect(clutterLineKept(comment, [`Merci. ${comment} vraiment`])).toBe(true);
  });
});

describe('dossier eval reports both clutter figures', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('counts a signature the body also names as removed, and says how often the words remain', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-eval-check-'));
    const body =
      'Rescue teams searched the rubble of the old town through the night, the ministry told EFE on Saturday.';
    await writeFile(join(dir, 'a.txt'), `Earthquake strikes the old town\n\n${body}\n\nADVERTISEMENT\n\nEFE\n`);
    await writeFile(
      join(dir, 'labels.json'),
      JSON.stringify({
        articles: [{ file: 'a.txt', cluster: 'q', clutter: ['ADVERTISEMENT', 'EFE'], must_keep: [body] }],
      }),
    );
    const result = await evaluateLabelledFolder(dir);
    expect(result.figures.clutterRemoved).toBe(1);
    expect(result.clutterLeft).toEqual([]);
    expect(result.clutterRemovedAsSubstring).toBe(0.5);
    expect(result.figures.bodyKept).toBe(1);
  });
});

describe('dossier eval counts a headline kept as the title as kept', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('finds a labelled headline in the title, and still misses a sentence the text lost', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-eval-title-'));
    const headline = 'Ferry service resumes after the storm';
    const body = 'The first ferry left the harbour at six, the port authority said on Tuesday.';
    await writeFile(join(dir, 'a.txt'), `${headline}\n\n${body}\n`);
    const missing = 'A sentence that no version of the article holds.';
    await writeFile(
      join(dir, 'labels.json'),
      JSON.stringify({
        articles: [{ file: 'a.txt', cluster: 'q', clutter: [], must_keep: [headline, body, missing] }],
      }),
    );
    const result = await evaluateLabelledFolder(dir);
    expect(result.bodyLost).toEqual([{ file: 'a.txt', sentence: missing }]);
    expect(result.figures.bodyKept).toBeCloseTo(2 / 3, 10);
  });
});

describe('the text stories are told by', () => {
  it('begins with the headline, which names the event most plainly, unless the text already does', () => {
    const entry = { title: 'Notre Dame spire collapses', titleDerived: false };
    expect(withHeadline(entry, 'Flames engulfed the roof.')).toBe(
      'Notre Dame spire collapses\n\nFlames engulfed the roof.',
    );
    expect(withHeadline(entry, 'Notre Dame spire collapses\n\nFlames engulfed the roof.')).toBe(
      'Notre Dame spire collapses\n\nFlames engulfed the roof.',
    );
    expect(withHeadline({ title: 'Flames engulfed the roof', titleDerived: true }, 'Flames engulfed the roof.')).toBe(
      'Flames engulfed the roof.',
    );
  });
});
