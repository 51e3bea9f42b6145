// The Obsidian export opened the way Obsidian would read it: parsed with remark
// (front matter included), every [[wikilink]] and ^block reference resolved, and
// a re-export that updates the files in place without touching what the user wrote.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { DossierService } from '@dossier/core';
import type { Notebook } from '../open.js';
import { RESEARCH_PAGE, call, researchNotebook } from '../../test/research-notebook.js';
import { USER_MARKER, writeObsidianVault } from './index.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

const opened: { dir: string; notebook: Notebook }[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const { dir, notebook } of opened.splice(0)) {
    await notebook.close();
    await rm(dir, { recursive: true, force: true });
  }
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function setup(): Promise<{ s: DossierService; vault: string }> {
  const made = await researchNotebook('dossier-obsidian-');
  opened.push(made);
  const vault = await mkdtemp(join(tmpdir(), 'dossier-vault-'));
  folders.push(vault);
  return { s: made.notebook.service, vault };
}

const exportTo = (s: DossierService, vault: string) =>
  writeObsidianVault(vault, (plan) => call(s, 'export.render', { format: 'obsidian', ...plan }));

/** The text of a tree: inline parts run together, blocks on lines of their own. */
function textOf(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join(node.type === 'paragraph' ? '' : '\n');
}

function parseNote(content: string): { front: Record<string, unknown>; tree: MdNode } {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(content) as MdNode;
  const yaml = tree.children?.[0];
  expect(yaml?.type, 'the file starts with YAML front matter').toBe('yaml');
  return { front: parseYaml(yaml!.value!) as Record<string, unknown>, tree };
}

async function readVault(vault: string): Promise<Map<string, string>> {
  const names = (await readdir(vault)).filter((n) => n.endsWith('.md'));
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(vault, n), 'utf8')] as const)));
}

describe('Obsidian export', () => {
  it('writes one note per article with valid front matter, and every wikilink resolves', async () => {
    const { s, vault } = await setup();
    const report = await exportTo(s, vault);
    const articles = await s['articles.list']({});
    expect(report.map((r) => r.status)).toEqual(articles.map(() => 'created'));
    const files = await readVault(vault);
    expect(files.size).toBe(articles.length);

    const blockIds = new Map<string, Set<string>>();
    const links: { from: string; target: string; block?: string }[] = [];
    for (const [name, content] of files) {
      const { front, tree } = parseNote(content);
      const article = articles.find((a) => a.id === front['dossier-id']);
      expect(article, `${name} names its article`).toBeDefined();
      expect(front.title).toBe(article!.title);
      expect(front.source).toBe(article!.source.fileName);
      expect(Array.isArray(front.tags)).toBe(true);
      const text = textOf(tree);
      blockIds.set(name.replace(/\.md$/u, ''), new Set([...text.matchAll(/\^(h-[\w-]+)/gu)].map((m) => m[1]!)));
      for (const m of text.matchAll(/\[\[([^\]|#]*)(?:#\^([^\]|]+))?(?:\|[^\]]*)?\]\]/gu)) {
        links.push({ from: name.replace(/\.md$/u, ''), target: m[1] || name.replace(/\.md$/u, ''), block: m[2] });
      }
    }
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      expect(blockIds.has(link.target), `[[${link.target}]] from ${link.from} names an exported file`).toBe(true);
      if (link.block)
        expect(blockIds.get(link.target)!.has(link.block), `#^${link.block} is in ${link.target}`).toBe(true);
    }
  });

  it('puts each highlight as a quote with its block ID, its note and its tags as #tags', async () => {
    const { s, vault } = await setup();
    await exportTo(s, vault);
    const ft = (await s['articles.list']({})).find((a) => a.source.fileName === '004_807654db1d0bfc78.txt')!;
    const [highlight] = await s['annotations.list']({ articleId: ft.id });
    const content = (await readVault(vault)).get(`${ft.title}.md`)!;
    expect(content).toContain(
      `> both sides have reduced the frequency of attacks\n\n^${highlight!.id}\n\nIntelligence channel — **check** with a second source.\n\nSee also the Kremlin denial.\n\n#energy/strikes #sources/intelligence`,
    );
    const { front } = parseNote(content);
    expect(front).toMatchObject({ outlet: 'Financial Times', author: 'Max Seddon', published: '2025-03-10' });
    expect(front.tags).toEqual(['energy/strikes', 'sources/intelligence']);
  });

  it('updates files in place on re-export and keeps what the user wrote below the marker', async () => {
    const { s, vault } = await setup();
    await exportTo(s, vault);
    const page = (await s['articles.list']({})).find((a) => a.source.fileName === RESEARCH_PAGE)!;
    const file = join(vault, `${page.title.replace(/'/gu, "'")}.md`);
    const mine = '\n## My reading\n\nAsk the desk about the [[Other note]] idea. #todo\n';
    await writeFile(file, (await readFile(file, 'utf8')) + mine);
    await writeFile(join(vault, 'Other note.md'), 'my own note, no front matter\n');

    await call(s, 'annotations.create', { articleId: page.id, quote: 'dangerous gamble', tags: ['us/fed'] });
    await call(s, 'articles.update', { id: page.id, title: 'Hoenig on low rates' });
    const report = await exportTo(s, vault);

    expect(report.find((r) => r.path === `${page.title}.md`)?.status).toBe('updated');
    expect(report.filter((r) => r.status === 'unchanged').length).toBe(report.length - 1);
    const after = await readFile(file, 'utf8');
    expect(after.endsWith(`${USER_MARKER}\n${mine}`)).toBe(true);
    expect(after).toContain('> dangerous gamble');
    expect(parseNote(after).front.title).toBe('Hoenig on low rates');
    expect(await readFile(join(vault, 'Other note.md'), 'utf8')).toBe('my own note, no front matter\n');
    expect((await readdir(vault)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never writes over a note of the user’s that has an article’s name', async () => {
    const { s, vault } = await setup();
    const page = (await s['articles.list']({})).find((a) => a.source.fileName === RESEARCH_PAGE)!;
    await writeFile(join(vault, `${page.title}.md`), 'the user’s own note\n');
    const report = await exportTo(s, vault);
    expect(report.map((r) => r.path)).toContain(`${page.title} (2).md`);
    expect(await readFile(join(vault, `${page.title}.md`), 'utf8')).toBe('the user’s own note\n');
  });
});
