import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { appLocations, isAppRendererUrl } from './locations.js';

const base = {
  mainDir: '/repo/apps/desktop/out/main',
  resourcesPath: '/opt/Dossier/resources',
  userData: '/u',
  env: {},
};

describe('app locations', () => {
  it('finds seeds/ in the checkout during development and in resources when packaged', () => {
    expect(appLocations({ ...base, isPackaged: false }).seeds).toBe('/repo/seeds');
    expect(appLocations({ ...base, isPackaged: true }).seeds).toBe('/opt/Dossier/resources/seeds');
  });

  it('uses the electron-vite dev server only in an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(appLocations({ ...base, isPackaged: false, env }).devServerUrl).toBe('http://localhost:5173');
    expect(appLocations({ ...base, isPackaged: true, env }).devServerUrl).toBeUndefined();
  });
});

describe('isAppRendererUrl', () => {
  const rendererFile = '/repo/apps/desktop/out/renderer/index.html';

  it("recognises the built renderer's file URL, with or without a hash route", () => {
    expect(isAppRendererUrl(pathToFileURL(rendererFile).href, { rendererFile })).toBe(true);
    expect(isAppRendererUrl(`${pathToFileURL(rendererFile).href}#/search`, { rendererFile })).toBe(true);
  });

  it('rejects other files, other schemes and look-alike paths', () => {
    for (const url of [
      'file:///repo/apps/desktop/out/renderer/other.html',
      'file:///repo/apps/desktop/out/renderer/../../../../etc/passwd',
      'https://repo/apps/desktop/out/renderer/index.html',
      'garbage',
    ]) {
      expect(isAppRendererUrl(url, { rendererFile }), url).toBe(false);
    }
  });

  it('in development, accepts the dev server origin and nothing else', () => {
    const dev = { rendererFile, devServerUrl: 'http://localhost:5173/' };
    expect(isAppRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppRendererUrl(pathToFileURL(rendererFile).href, dev)).toBe(false);
  });
});
