import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type UserConfig, type ViteDevServer } from 'vite';

let dir: string;
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-devweb-'));
  process.env.DOSSIER_NOTEBOOK = join(dir, 'Sample Notebook');
  // The real dev:web config, loaded after the env names this test's notebook.
  const config = (await import('./vite.config.mts')).default as UserConfig;
  server = await createServer({
    ...config,
    configFile: false,
    logLevel: 'silent',
    server: { ...config.server, port: 0 },
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  delete process.env.DOSSIER_NOTEBOOK;
  await rm(dir, { recursive: true, force: true });
});

async function pageToken(): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const token = /<meta name="dossier-dev-token" content="([0-9a-f]{64})"/u.exec(html)?.[1];
  if (!token) throw new Error('no token meta tag in index.html');
  return token;
}

describe('pnpm dev:web', () => {
  it('listens on 127.0.0.1 only', () => {
    expect((server.httpServer?.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('writes a per-run token and a dev-only policy into index.html, still without eval', async () => {
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toMatch(/<meta name="dossier-dev-token" content="[0-9a-f]{64}"/u);
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/u.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('serves the real sample notebook to a caller with the token', async () => {
    const response = await fetch(`${base}/__dossier/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dossier-token': await pageToken(), origin: base },
      body: JSON.stringify({ method: 'articles.list', input: {} }),
    });
    const result = (await response.json()) as { ok: boolean; value: Array<{ title: string }> };
    expect(result.ok).toBe(true);
    expect(result.value.map((a) => a.title)).toContain('Ukraine and Russia in talks to safeguard energy sites');
  });

  it('refuses a caller without the token', async () => {
    const response = await fetch(`${base}/__dossier/invoke`, {
      method: 'POST',
      body: JSON.stringify({ method: 'articles.list', input: {} }),
    });
    expect(response.status).toBe(401);
  });
});
