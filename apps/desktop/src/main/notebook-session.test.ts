import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '@dossier/core';
import { openNotebook } from '@dossier/notebook';
import { createNotebookSession } from './notebook-session.js';

const seeds = fileURLToPath(new URL('../../../../seeds', import.meta.url));
let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'dossier-session-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

function session() {
  const events: AppEvent[] = [];
  const opened: string[] = [];
  const s = createNotebookSession({ seeds, emit: (e) => events.push(e), opened: async (d) => void opened.push(d) });
  return { s, events, opened };
}

describe('the notebook session', () => {
  it('opens the sample notebook from seeds/ and announces it', async () => {
    const { s, events, opened } = session();
    const notebook = await s.open(join(dir, 'Sample Notebook'), 'sample');
    expect((await notebook.service['notebook.info']({})).articleCount).toBe(5);
    expect(events).toContainEqual({ type: 'notebook.opened', path: notebook.dir });
    expect(opened).toEqual([notebook.dir]);
    await s.close();
  });

  it("forwards the open notebook's change events", async () => {
    const { s, events } = session();
    const notebook = await s.open(join(dir, 'Sample Notebook'), 'sample');
    const [article] = await notebook.service['articles.list']({});
    await notebook.service['articles.update']({ id: article!.id, outlet: 'Financial Times' });
    expect(events.some((e) => e.type === 'notebook.changed')).toBe(true);
    await s.close();
  });

  it('switching releases the previous notebook, which another writer can then open', async () => {
    const { s } = session();
    const first = await s.open(join(dir, 'first'), 'create');
    await s.open(join(dir, 'second'), 'create');
    const again = await openNotebook(first.dir);
    await again.close();
    await s.close();
  });

  it('keeps the current notebook when the next one fails to open', async () => {
    const { s } = session();
    const current = await s.open(join(dir, 'first'), 'create');
    await expect(s.open(join(dir, 'does-not-exist'), 'existing')).rejects.toThrow();
    expect(s.current()).toBe(current);
    await s.close();
  });
});
