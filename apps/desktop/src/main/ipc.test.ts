import { describe, expect, it } from 'vitest';
import { appUrl, fromApp, handlerFor, unusedShell } from './test/invoke-handler.js';
import type { ShellHandlers } from './shell-dispatch.js';

describe('dossier:invoke sender check', () => {
  const invoke = handlerFor(() => undefined);

  it('refuses a frame showing any other page', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/downloaded.html', 'about:blank', 'devtools://x']) {
      await expect(invoke({ senderFrame: { url, parent: null } }, 'articles.list', {})).rejects.toThrow(/untrusted/u);
    }
  });

  it('refuses a sub-frame even when it shows our page', async () => {
    await expect(invoke({ senderFrame: { url: appUrl, parent: {} } }, 'articles.list', {})).rejects.toThrow(
      /untrusted/u,
    );
  });

  it('refuses a sender whose frame is gone', async () => {
    await expect(invoke({ senderFrame: null }, 'articles.list', {})).rejects.toThrow(/untrusted/u);
  });
});

describe('dossier:invoke validation', () => {
  it('answers an unknown method with unknown_method', async () => {
    const result = await handlerFor(() => undefined)(fromApp, 'fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('validates shell input through shellContract before any handler runs', async () => {
    const invoke = handlerFor(() => undefined);
    const result = await invoke(fromApp, 'shell.saveWithDialog', { defaultName: '', content: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/^shell\.saveWithDialog: /u);
  });

  it('passes validated shell input, with defaults applied, to the shell handler', async () => {
    const seen: unknown[] = [];
    const shell = {
      ...unusedShell,
      'shell.openNotebookWithDialog': async (input: unknown) => (seen.push(input), null),
    };
    const result = await handlerFor(() => undefined, shell as ShellHandlers)(
      fromApp,
      'shell.openNotebookWithDialog',
      undefined,
    );
    expect(result).toEqual({ ok: true, value: null });
    expect(seen).toEqual([{ create: false }]);
  });

  it('says so when no notebook is open', async () => {
    const result = await handlerFor(() => undefined)(fromApp, 'articles.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'notebook_missing' } });
  });
});
