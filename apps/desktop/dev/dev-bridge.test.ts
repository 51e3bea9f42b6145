import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent } from '@dossier/core';
import { routeInvoke } from '../src/main/invoke-route.js';
import { createBrowserShell } from './browser-shell.js';
import { createDevBridge, tokensMatch } from './dev-bridge.js';

const token = 'a'.repeat(64);
let server: Server;
let port: number;
const listeners = new Set<(event: AppEvent) => void>();

beforeAll(async () => {
  const shell = createBrowserShell({ downloadsDir: '/nonexistent', notebookDir: () => '/n' });
  const bridge = createDevBridge({
    token,
    port: () => port,
    invoke: (method, input) => routeInvoke({ service: () => undefined, shell }, method, input),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  server = createServer((req, res) => bridge(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

interface Answer {
  status: number;
  body: string;
}

function send(options: {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: options.path ?? '/__dossier/invoke',
        method: options.method ?? 'POST',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

const call = { method: 'shell.recentNotebooks', input: {} };

describe('the dev:web bridge endpoints', () => {
  it('answers a call that carries the token, from its own origin', async () => {
    const answer = await send({
      headers: { 'x-dossier-token': token, origin: `http://127.0.0.1:${port}` },
      body: call,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: ['/n'] });
  });

  it('validates through the contracts like the app does', async () => {
    const unknown = await send({ headers: { 'x-dossier-token': token }, body: { method: 'fs.read', input: {} } });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const invalid = await send({
      headers: { 'x-dossier-token': token },
      body: { method: 'shell.saveWithDialog', input: { defaultName: 3 } },
    });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await send({ body: call })).status).toBe(401);
    expect((await send({ headers: { 'x-dossier-token': 'b'.repeat(64) }, body: call })).status).toBe(401);
    expect((await send({ headers: { 'x-dossier-token': token.slice(1) }, body: call })).status).toBe(401);
    expect((await send({ method: 'GET', path: '/__dossier/events?token=nope' })).status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) with 403, even with the right token', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`]) {
      const answer = await send({ headers: { host, 'x-dossier-token': token }, body: call });
      expect(answer.status, host).toBe(403);
    }
  });

  it('refuses a cross-site Origin with 403, even with the right token', async () => {
    for (const origin of ['https://evil.example', 'null', `https://127.0.0.1:${port}`]) {
      const answer = await send({ headers: { origin, 'x-dossier-token': token }, body: call });
      expect(answer.status, origin).toBe(403);
    }
  });

  it('leaves every other path to the next handler', async () => {
    expect((await send({ method: 'GET', path: '/index.html' })).status).toBe(404);
  });

  it('streams change events to a subscriber holding the token', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: `/__dossier/events?token=${token}`, headers: { host: `localhost:${port}` } },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            const text = chunk.toString();
            if (text.startsWith(':')) {
              listeners.forEach((l) => l({ type: 'notebook.opened', path: '/n' }));
            } else {
              resolve(text);
              req.destroy();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(received).toBe('data: {"type":"notebook.opened","path":"/n"}\n\n');
  });
});

describe('tokensMatch', () => {
  it('matches only the identical token, whatever the lengths', () => {
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(`${token}x`, token)).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
  });
});
