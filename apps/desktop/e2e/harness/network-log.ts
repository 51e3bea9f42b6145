// Dossier is offline by design: the whole run may only touch the app's own
// files and the loopback server. Every request the page makes is recorded;
// anything else is aborted before it leaves and fails the test afterwards.
import type { BrowserContext } from '@playwright/test';

const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:', 'about:', 'devtools:', 'chrome-error:']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return true;
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && LOOPBACK_HOSTS.has(url.hostname);
}

export interface NetworkLog {
  /** Every URL requested so far, in order. */
  requests(): string[];
  /** Requested URLs that were not local. */
  foreign(): string[];
}

export async function recordNetwork(context: BrowserContext): Promise<NetworkLog> {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  await context.route('**/*', (route) =>
    isLocalUrl(route.request().url()) ? route.continue() : route.abort('blockedbyclient'),
  );
  return {
    requests: () => [...seen],
    foreign: () => seen.filter((url) => !isLocalUrl(url)),
  };
}
