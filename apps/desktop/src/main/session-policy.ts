// The session's rules, applied before any page loads: a strict Content-Security-
// Policy on every response, no network except the app's own files (Dossier is
// offline by design), and no permission (camera, notifications, …) ever granted.
import type { Session } from 'electron';

const PRODUCTION_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy sent with every response. Under the Vite dev server only, React's
 * refresh preamble is an inline script, Vite injects styles inline and talks to
 * its own origin over a WebSocket, so the dev policy allows exactly that.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  if (!devServerUrl) return PRODUCTION_POLICY;
  const origin = new URL(devServerUrl);
  const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  return PRODUCTION_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline'`)
    .replace("style-src 'self'", `style-src 'self' 'unsafe-inline'`)
    .replace("connect-src 'self'", `connect-src 'self' ${socket}`);
}

/** Only the app's own files (and the dev server while developing) may be loaded. */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['file:', 'devtools:', 'data:', 'blob:'].includes(parsed.protocol)) return true;
  if (!devServerUrl) return false;
  const dev = new URL(devServerUrl);
  const sameHost = parsed.host === dev.host;
  return sameHost && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
}

export function applySessionPolicy(session: Session, devServerUrl?: string): void {
  const policy = contentSecurityPolicy(devServerUrl);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    // Drop any policy a response brought along so ours is the only one in force.
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
