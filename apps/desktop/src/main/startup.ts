// Which notebook the app opens at launch: the one named by $DOSSIER_NOTEBOOK,
// else the most recent one that still opens, else the sample notebook made from
// seeds/ in the profile folder (what a first start sees).
import { join } from 'node:path';
import type { Notebook } from '@dossier/notebook';
import type { AppLocations } from './locations.js';
import type { NotebookSession } from './notebook-session.js';
import type { RecentNotebooks } from './recent-notebooks.js';

export const SAMPLE_NOTEBOOK_NAME = 'Sample Notebook';

export async function openInitialNotebook(
  session: NotebookSession,
  recent: RecentNotebooks,
  locations: Pick<AppLocations, 'userData'>,
  env: NodeJS.ProcessEnv,
): Promise<Notebook> {
  if (env.DOSSIER_NOTEBOOK) return session.open(env.DOSSIER_NOTEBOOK, 'sample');
  for (const dir of (await recent.list()).slice(0, 1)) {
    try {
      return await session.open(dir, 'existing');
    } catch {
      // Moved, deleted or locked by another process: fall back to the sample.
    }
  }
  return session.open(join(locations.userData, SAMPLE_NOTEBOOK_NAME), 'sample');
}
