import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./test/fake-electron.js'));
const { BrowserWindow } = await import('./test/fake-electron.js');
const { createMainWindow } = await import('./window.js');

const locations = {
  preload: '/app/out/preload/index.js',
  rendererFile: '/app/out/renderer/index.html',
  seeds: '/app/seeds',
  userData: '/profile',
};

describe('the main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security on, our preload', () => {
    createMainWindow(locations);
    const prefs = BrowserWindow.created.at(-1)?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      preload: '/app/out/preload/index.js',
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('runs on a supported Electron: the one the app is built against is of a current major line', async () => {
    const { readFile } = await import('node:fs/promises');
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const major = Number(/\d+/u.exec(manifest.devDependencies.electron ?? '')?.[0]);
    // Electron supports its three latest major lines; 45 is the newest this project was verified with.
    expect(major).toBeGreaterThanOrEqual(43);
  });

  it('loads the built renderer from disk, or the dev server while developing', () => {
    const built = createMainWindow(locations) as unknown as InstanceType<typeof BrowserWindow>;
    expect(built.loadedFile).toBe('/app/out/renderer/index.html');
    expect(built.loadedUrl).toBeUndefined();
    const dev = createMainWindow({ ...locations, devServerUrl: 'http://localhost:5173/' }) as unknown as InstanceType<
      typeof BrowserWindow
    >;
    expect(dev.loadedUrl).toBe('http://localhost:5173/');
  });
});
