import { describe, expect, it, vi } from 'vitest';
import type { Dialog } from 'electron';
import { checkExternalUrl, createExternalOpener } from './external-links.js';
import { NEVER_OPENED, REMOTE } from './test/hostile-urls.js';

describe('checkExternalUrl', () => {
  it('accepts plain http and https links', () => {
    expect(checkExternalUrl('https://www.ft.com/content/abc?x=1')?.hostname).toBe('www.ft.com');
    expect(checkExternalUrl('http://example.org/')?.href).toBe('http://example.org/');
  });

  it('refuses other schemes, credentials that disguise the host, and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'smb://server/share',
      'https://www.bank.com@evil.example/',
      'not a url',
      `https://example.com/${'a'.repeat(5000)}`,
    ]) {
      expect(checkExternalUrl(url), url).toBeNull();
    }
  });
});

describe('checkExternalUrl on the table of hostile URLs', () => {
  it.each(NEVER_OPENED.map((url) => [JSON.stringify(url).slice(0, 70), url]))('refuses %s', (_name, url) => {
    expect(checkExternalUrl(url)).toBeNull();
  });

  it.each(REMOTE.map(({ url, host }) => [url, host]))('passes %s on, naming its real host %s', (url, host) => {
    expect(checkExternalUrl(url)?.hostname).toBe(host);
  });
});

describe('the external opener', () => {
  const setup = (response: number) => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    const dialog = { showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })) };
    const open = createExternalOpener(shell, dialog as unknown as Pick<Dialog, 'showMessageBox'>, () => undefined);
    return { shell, dialog, open };
  };

  it('opens a checked link in the system browser once the user confirms', async () => {
    const { shell, dialog, open } = setup(0);
    expect(await open('https://example.com/a')).toBe(true);
    expect(dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/a');
  });

  it('opens nothing when the user cancels', async () => {
    const { shell, open } = setup(1);
    expect(await open('https://example.com/a')).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('never asks about, nor opens, a link that fails the check', async () => {
    const { shell, dialog, open } = setup(0);
    expect(await open('file:///etc/passwd')).toBe(false);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
