// Entity extraction done ahead in a thread of its own: the same as intelligence's own, taken only for the very text.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanText } from '@dossier/core';
import { openNotebook, type Notebook } from '../index.js';
import { prepareText, type PreparedText } from '../import/text-job.js';
import { call, SEEDS, tempDir } from '../../test/fixture.js';
import {
  extractWithFingerprint,
  intelligenceText,
  MAX_OFFERS,
  offerExtraction,
  runEntityJob,
  takeExtraction,
  textFingerprint,
  withHeadline,
} from './article-extraction.js';
import { detectLanguage, extractEntities } from './extract-entities.js';

async function seedTexts(): Promise<{ name: string; bytes: Buffer }[]> {
  const names = (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(SEEDS, name)) })));
}

describe('extraction where the article is read', () => {
  it('gives, in a job as here, the language and mentions intelligence extracts from the text it reads', async () => {
    const texts: string[] = [];
    for (const file of await seedTexts()) {
      const { body } = prepareText(file, new Set()) as PreparedText;
      const text = intelligenceText(body);
      expect(text).toBe(withHeadline(body, cleanText(body.blocks)));
      texts.push(text);
    }
    const reply = await runEntityJob({ id: 7, kind: 'entities', texts });
    expect(reply.ok && reply.id).toBe(7);
    const extractions = reply.ok ? reply.extractions : [];
    expect(extractions).toHaveLength(texts.length);
    for (const [i, text] of texts.entries()) {
      const language = detectLanguage(text);
      expect(extractions[i]).toEqual({
        fingerprint: textFingerprint(text),
        language,
        mentions: extractEntities(text, language),
      });
      expect(extractions[i]!.mentions.length).toBeGreaterThan(0);
    }
  });

  it('is taken once, and only for the text it was made from', () => {
    const notebook = {};
    const text = 'Olena Zelenska visited Kyiv on Monday with Volodymyr Zelensky.';
    const extraction = extractWithFingerprint(text);
    offerExtraction(notebook, 'a-1', extraction);
    offerExtraction(notebook, 'a-2', extraction);
    expect(takeExtraction(notebook, 'a-1', text)).toBe(extraction);
    expect(takeExtraction(notebook, 'a-1', text)).toBeUndefined();
    expect(takeExtraction(notebook, 'a-2', `${text} Share this article`)).toBeUndefined();
    expect(takeExtraction(notebook, 'a-2', text)).toBeUndefined();
    expect(takeExtraction({}, 'a-1', text)).toBeUndefined();
  });

  it('keeps the newest offers only, past its bound', () => {
    const notebook = {};
    const extraction = extractWithFingerprint('Kyiv');
    for (let i = 0; i <= MAX_OFFERS; i++) offerExtraction(notebook, `a-${i}`, extraction);
    expect(takeExtraction(notebook, 'a-0', 'Kyiv')).toBeUndefined();
    expect(takeExtraction(notebook, 'a-1', 'Kyiv')).toBe(extraction);
    expect(takeExtraction(notebook, `a-${MAX_OFFERS}`, 'Kyiv')).toBe(extraction);
  });
});

describe('an import of many files, extracted while it runs', () => {
  let dir: string | undefined;
  let notebook: Notebook | undefined;
  afterEach(async () => {
    await notebook?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives the stories and entities a build from the stored texts gives, the batch boilerplate left out', async () => {
    dir = await tempDir('offered-extraction');
    notebook = await openNotebook(dir, { create: true });
    const seeds = await seedTexts();
    // Twenty articles (enough for the import threads), each ending with a line naming an outlet that the
    // batch finds repeated and marks as boilerplate after the threads extracted from the text holding it.
    const files = Array.from({ length: 20 }, (_, i) => {
      const seed = seeds[i % seeds.length]!;
      const text = `${seed.bytes.toString('utf8')}\n\nCopy ${i} of the dispatch.\n\nSubscribe to the Harbour Gazette Weekly\n`;
      return { name: `copy-${i}-${seed.name}`, dataBase64: Buffer.from(text).toString('base64') };
    });
    const imported = await call(notebook.service, 'articles.import', { files });
    expect(imported.every((r) => r.status === 'imported')).toBe(true);
    const article = await call(notebook.service, 'articles.get', { id: imported[0]!.articleId! });
    expect(cleanText(article.blocks)).not.toMatch(/Harbour Gazette/u);
    const stories = await call(notebook.service, 'stories.list', {});
    const entities = await call(notebook.service, 'entities.list', {});
    expect(entities.some((e) => /Harbour Gazette/u.test(e.name))).toBe(false);
    expect(stories.length).toBeGreaterThan(0);
    await notebook.close();
    // The derived files gone, a new process extracts every article here from its stored text.
    await rm(join(dir, 'intelligence-cache.json'));
    await rm(join(dir, 'intelligence-stories.ndjson'));
    notebook = await openNotebook(dir);
    expect(await call(notebook.service, 'stories.list', {})).toEqual(stories);
    expect(await call(notebook.service, 'entities.list', {})).toEqual(entities);
  });
});
