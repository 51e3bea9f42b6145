import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleNotebook, type Notebook } from '@dossier/notebook';
import { fromApp, handlerFor } from './test/invoke-handler.js';

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
});
