// Where the app's parts are, in development and when packaged.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppLocations {
  preload: string;
  /** The built renderer's index.html (file:// in production). */
  rendererFile: string;
  /** Set by `electron-vite dev`; the renderer is served from there instead. */
  devServerUrl?: string;
  /** The sample corpus the first notebook is made from. */
  seeds: string;
  userData: string;
}

export interface LocationInputs {
  /** The directory of the built main bundle (out/main). */
  mainDir: string;
  isPackaged: boolean;
  resourcesPath: string;
  userData: string;
  env: NodeJS.ProcessEnv;
}

export function appLocations(input: LocationInputs): AppLocations {
  const devServerUrl = !input.isPackaged ? input.env.ELECTRON_RENDERER_URL : undefined;
  return {
    preload: join(input.mainDir, '../preload/index.js'),
    rendererFile: join(input.mainDir, '../renderer/index.html'),
    ...(devServerUrl ? { devServerUrl } : {}),
    // out/main → apps/desktop → repo root, where seeds/ lives in a checkout.
    seeds: input.isPackaged ? join(input.resourcesPath, 'seeds') : resolve(input.mainDir, '../../../../seeds'),
    userData: input.userData,
  };
}

/** True when `url` is the app's own renderer page: the built file, or the dev server. */
export function isAppRendererUrl(url: string, locations: Pick<AppLocations, 'rendererFile' | 'devServerUrl'>): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (locations.devServerUrl) return parsed.origin === new URL(locations.devServerUrl).origin;
  if (parsed.protocol !== 'file:') return false;
  return resolve(fileURLToPath(parsed)) === resolve(locations.rendererFile);
}
