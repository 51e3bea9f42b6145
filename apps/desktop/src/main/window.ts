// The one application window, locked down: the renderer gets no Node, runs
// sandboxed in its own JavaScript world and reaches the app only through the
// preload's two functions.
import { BrowserWindow, type WebPreferences } from 'electron';
import type { AppLocations } from './locations.js';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: true,
  };
}

export function createMainWindow(locations: AppLocations): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Dossier',
    show: false,
    webPreferences: secureWebPreferences(locations.preload),
  });
  // Shown once painted, so the user never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  if (locations.devServerUrl) void window.loadURL(locations.devServerUrl);
  else void window.loadFile(locations.rendererFile);
  return window;
}
