import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { applySessionPolicy, contentSecurityPolicy, isAllowedRequest } from './session-policy.js';
import { FakeSession } from './test/fake-electron.js';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/u);
      return [name, values];
    }),
  );
}

function securedSession(devServerUrl?: string): FakeSession {
  const session = new FakeSession();
  applySessionPolicy(session as unknown as Session, devServerUrl);
  return session;
}

describe('the Content-Security-Policy header', () => {
  it('replaces any policy a response brings with ours on every response', async () => {
    const answer = (await securedSession().respond('headers', {
      url: 'file:///app/index.html',
      responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['kept'] },
    })) as { responseHeaders: Record<string, string[]> };
    expect(answer.responseHeaders['content-security-policy']).toBeUndefined();
    expect(answer.responseHeaders['X-Other']).toEqual(['kept']);
    expect(answer.responseHeaders['Content-Security-Policy']).toEqual([contentSecurityPolicy()]);
  });

  it('allows only the app itself: no remote origin, no eval, no inline script, no plugins, no framing', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    const all = contentSecurityPolicy();
    expect(all).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/u);
  });

  it('relaxes only for the dev server: inline preamble and its own WebSocket, still no eval', () => {
    const policy = directives(contentSecurityPolicy('http://localhost:5173/'));
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(contentSecurityPolicy('http://localhost:5173/')).not.toContain('unsafe-eval');
  });
});

describe('the offline request blocker', () => {
  it('cancels every http(s) and WebSocket request of the packaged app', async () => {
    const session = securedSession();
    for (const url of ['https://example.com/track.js', 'http://127.0.0.1:8080/', 'ws://localhost:1/', 'ftp://x/']) {
      expect(await session.respond('request', { url })).toEqual({ cancel: true });
    }
  });

  it("lets the app's own files and devtools through", async () => {
    const session = securedSession();
    for (const url of ['file:///app/out/renderer/index.html', 'devtools://devtools/bundled/x.html', 'data:,']) {
      expect(await session.respond('request', { url })).toEqual({ cancel: false });
    }
  });

  it('admits the dev server origin only while developing', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedRequest('https://fonts.example.com/a.woff', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedRequest('not a url')).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every permission request and every permission check', () => {
    const session = securedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      session.permissionRequestHandler?.({}, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(session.permissionCheckHandler?.({}, permission, 'file://', {}), permission).toBe(false);
    }
  });
});
