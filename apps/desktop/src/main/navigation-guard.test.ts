import { describe, expect, it, vi } from 'vitest';
import type { App, WebContents } from 'electron';
import { guardAllWebContents, guardNavigation } from './navigation-guard.js';
import { FakeWebContents } from './test/fake-electron.js';

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
