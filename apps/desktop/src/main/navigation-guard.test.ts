import { describe, expect, it, vi } from 'vitest';
import type { App, Dialog, WebContents } from 'electron';
import { createExternalOpener } from './external-links.js';
import { guardAllWebContents, guardNavigation } from './navigation-guard.js';
import { FakeWebContents } from './test/fake-electron.js';
import { NEVER_OPENED, REMOTE } from './test/hostile-urls.js';

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async () => false);
  guardNavigation(contents as unknown as WebContents, openExternal);
  return { contents, openExternal };
}

describe('navigation guard', () => {
  it('prevents every navigation away from the app and offers http(s) links to the system browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.fire('will-navigate', 'https://example.com/story')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/story');
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
  });

  it('prevents redirects and embedded webviews', () => {
    const { contents } = guarded();
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies window.open, handing the URL to the checked external opener', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(2);
  });

  it('guards web contents the app did not create itself', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const app = { on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener) };
    guardAllWebContents(app as unknown as App, async () => false);
    const stray = new FakeWebContents();
    listeners.get('web-contents-created')?.({}, stray);
    expect(stray.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(stray.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('hostile URLs against the guard and the real external opener', () => {
  /** The guard wired to the real opener; the fake dialog answers "Open in Browser" unless told to cancel. */
  function guardedForReal(answer: 'open' | 'cancel' = 'open') {
    const contents = new FakeWebContents();
    const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
    const dialog = {
      showMessageBox: vi.fn(async (_options: { message: string }) => ({
        response: answer === 'open' ? 0 : 1,
        checkboxChecked: false,
      })),
    };
    const opener = createExternalOpener(shell, dialog as unknown as Pick<Dialog, 'showMessageBox'>, () => undefined);
    guardNavigation(contents as unknown as WebContents, opener);
    // The opener runs after the event handler returns; let it finish before looking.
    const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
    return { contents, shell, dialog, settled };
  }

  it.each(NEVER_OPENED.map((url) => [JSON.stringify(url).slice(0, 70), url]))(
    'refuses %s as a navigation, a sub-frame, a redirect and a window.open, and never hands it to the system',
    async (_name, url) => {
      const { contents, shell, dialog, settled } = guardedForReal('open');
      expect(contents.fire('will-navigate', url), 'will-navigate').toBe(true);
      expect(contents.fireWith('will-frame-navigate', { url, isMainFrame: false }), 'sub-frame').toBe(true);
      expect(contents.fire('will-redirect', url), 'will-redirect').toBe(true);
      expect(contents.windowOpenHandler?.({ url }), 'window.open').toEqual({ action: 'deny' });
      await settled();
      expect(dialog.showMessageBox).not.toHaveBeenCalled();
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it.each(REMOTE.map(({ url, host }) => [url, host]))(
    'keeps %s out of the app and opens it in the browser only after the user agrees to visit %s',
    async (url, host) => {
      const cancelled = guardedForReal('cancel');
      expect(cancelled.contents.fire('will-navigate', url)).toBe(true);
      expect(cancelled.contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      await cancelled.settled();
      expect(cancelled.dialog.showMessageBox).toHaveBeenCalledTimes(2);
      expect(cancelled.dialog.showMessageBox.mock.calls[0]![0].message).toBe(`Open ${host} in your browser?`);
      expect(cancelled.shell.openExternal).not.toHaveBeenCalled();

      const agreed = guardedForReal('open');
      expect(agreed.contents.fire('will-navigate', url)).toBe(true);
      await agreed.settled();
      expect(agreed.shell.openExternal).toHaveBeenCalledExactlyOnceWith(new URL(url).href);
    },
  );

  it('lets the main frame navigate event through to will-navigate, which decides', () => {
    const { contents } = guardedForReal();
    expect(contents.fireWith('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
  });
});
