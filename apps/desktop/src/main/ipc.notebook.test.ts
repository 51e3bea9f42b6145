import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook, openSampleNotebook, type Notebook } from '@dossier/notebook';
import { fromApp, handlerFor } from './test/invoke-handler.js';
import { READ_ONLY_IMPORT_MESSAGE } from './invoke-route.js';
import type { ShellHandlers } from './shell-dispatch.js';

const seeds = fileURLToPath(new URL('../../../../seeds', import.meta.url));

describe('dossier:invoke on a real notebook', () => {
  let dir: string;
  let notebook: Notebook;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-ipc-'));
    notebook = await openSampleNotebook(join(dir, 'Sample Notebook'), seeds);
  });
  afterAll(async () => {
    await notebook?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the five sample articles for the app page', async () => {
    const result = await handlerFor(() => notebook.service)(fromApp, 'articles.list', {});
    expect(result.ok).toBe(true);
    const titles = (result as { value: Array<{ title: string }> }).value.map((a) => a.title);
    expect(titles).toHaveLength(5);
    expect(titles).toContain('Ukraine and Russia in talks to safeguard energy sites');
  });

  it('rejects invalid notebook input with invalid_input, leaving the notebook untouched', async () => {
    const invoke = handlerFor(() => notebook.service);
    const result = await invoke(fromApp, 'articles.get', { id: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('validates the story methods: one story a page at a time, one pair of two different articles', async () => {
    const invoke = handlerFor(() => notebook.service);
    const listed = await invoke(fromApp, 'stories.list', {});
    const [story] = (listed as { value: Array<{ articleIds: string[]; pairCount: number }> }).value;
    const [a, b] = story!.articleIds;
    for (const [method, input] of [
      ['stories.get', {}],
      ['stories.get', { articleId: a, offset: -1 }],
      ['stories.get', { articleId: a, limit: 501 }],
      ['stories.get', { articleId: a, limit: 1.5 }],
      ['stories.pair', { a }],
      ['stories.pair', { a, b: a }],
      ['stories.pair', { a, b: 7 }],
    ] as const) {
      expect(await invoke(fromApp, method, input), `${method} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    const page = await invoke(fromApp, 'stories.get', { articleId: b, limit: 1 });
    expect(page).toMatchObject({ ok: true, value: { total: story!.pairCount, offset: 0 } });
    expect((page as { value: { pairs: unknown[] } }).value.pairs).toHaveLength(1);
    expect(await invoke(fromApp, 'stories.pair', { a, b })).toMatchObject({ ok: true, value: { linked: false } });
  });
});

describe('dossier:invoke on a notebook open read-only (another process holds it)', () => {
  let dir: string;
  let holder: Notebook;
  let reader: Notebook;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-ipc-read-only-'));
    holder = await openSampleNotebook(join(dir, 'Sample Notebook'), seeds);
    reader = await openNotebook(holder.dir, { readOnly: true });
  });
  afterAll(async () => {
    await reader?.close();
    await holder?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses imports and pastes with a clear read_only error, before any dialog opens', async () => {
    const dialogs: string[] = [];
    const shell = new Proxy({} as ShellHandlers, {
      get: (_target, name) => async () => {
        dialogs.push(String(name));
        return [];
      },
    });
    const invoke = handlerFor(
      () => reader.service,
      shell,
      () => reader.readOnly,
    );
    const pasted = { text: 'Negotiators met again in Doha on Tuesday.', title: 'Doha talks' };
    const file = {
      name: 'doha.txt',
      dataBase64: Buffer.from('Doha talks\n\nNegotiators met again.').toString('base64'),
    };
    for (const [method, input] of [
      ['articles.capture', pasted],
      ['articles.import', { files: [file] }],
      ['annotations.importW3c', { json: '[]' }],
      ['shell.importWithDialog', {}],
      ['shell.importAnnotationsWithDialog', {}],
    ] as const) {
      const result = await invoke(fromApp, method, input);
      expect(result, method).toEqual({ ok: false, error: { code: 'read_only', message: READ_ONLY_IMPORT_MESSAGE } });
    }
    expect(READ_ONLY_IMPORT_MESSAGE).toMatch(/read-only.*nothing can be imported or pasted/u);
    expect(dialogs).toEqual([]);
    // Reading still works, and the notebook holds what it held.
    const listed = await invoke(fromApp, 'articles.list', {});
    expect((listed as { value: unknown[] }).value).toHaveLength(5);
  });

  it('lets the notebook that holds the folder import', async () => {
    const invoke = handlerFor(
      () => holder.service,
      undefined,
      () => holder.readOnly,
    );
    const result = await invoke(fromApp, 'articles.capture', {
      text: 'Negotiators met again in Doha on Tuesday to talk about the energy sites.',
      title: 'Doha talks',
    });
    expect(result).toMatchObject({ ok: true });
  });
});
