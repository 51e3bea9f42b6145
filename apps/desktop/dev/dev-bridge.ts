// The loopback endpoints `pnpm dev:web` serves so the renderer, running in an
// ordinary browser tab, can reach the real notebook. Anything on the machine
// can connect to a loopback port, so every request must carry the per-run
// token, and Host/Origin must name this server (which defeats DNS rebinding and
// cross-site requests from other pages the browser has open).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppEvent, DispatchResult } from '@dossier/core';

export const INVOKE_PATH = '/__dossier/invoke';
export const EVENTS_PATH = '/__dossier/events';
// An imported file of 50 MB arrives as ~67 MB of base64 inside JSON.
const MAX_BODY_BYTES = 100 * 1024 * 1024;

export interface DevBridgeOptions {
  token: string;
  /** The port the server actually listens on, known only once it listens. */
  port(): number | undefined;
  invoke(method: unknown, input: unknown): Promise<DispatchResult>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}

type Next = () => void;

/** Constant-time comparison; hashing first makes both sides the same length. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function createDevBridge(options: DevBridgeOptions) {
  const hostAllowed = (host: string | undefined) => {
    const port = options.port();
    return port !== undefined && (host === `127.0.0.1:${port}` || host === `localhost:${port}`);
  };
  const originAllowed = (origin: string | undefined) => {
    // Same-origin GETs (the EventSource) carry no Origin; the token still guards them.
    if (origin === undefined) return true;
    try {
      const parsed = new URL(origin);
      return parsed.protocol === 'http:' && hostAllowed(parsed.host);
    } catch {
      return false;
    }
  };

  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = new URL(req.url ?? '/', 'http://loopback');
    if (url.pathname !== INVOKE_PATH && url.pathname !== EVENTS_PATH) return next();
    if (!hostAllowed(req.headers.host) || !originAllowed(req.headers.origin)) {
      return reply(res, 403, { error: 'forbidden: wrong Host or Origin' });
    }
    const header = req.headers['x-dossier-token'];
    const token = url.pathname === EVENTS_PATH ? url.searchParams.get('token') : header;
    if (typeof token !== 'string' || !tokensMatch(token, options.token)) {
      return reply(res, 401, { error: 'unauthorized: missing or wrong token' });
    }
    if (url.pathname === EVENTS_PATH) return streamEvents(req, res, options.subscribe);
    if (req.method !== 'POST') return reply(res, 405, { error: 'use POST' });
    void readJson(req)
      .then(async (body) => {
        const { method, input } = (body ?? {}) as { method?: unknown; input?: unknown };
        reply(res, 200, await options.invoke(method, input));
      })
      .catch((error: unknown) => reply(res, 400, { error: error instanceof Error ? error.message : String(error) }));
  };
}

function streamEvents(req: IncomingMessage, res: ServerResponse, subscribe: DevBridgeOptions['subscribe']): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  req.on('close', unsubscribe);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Error('request body is not JSON');
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
