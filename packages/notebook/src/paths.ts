// Where a notebook lives when the user names none.
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * `$DOSSIER_NOTEBOOK` if set; otherwise the per-user data folder:
 * Linux `$XDG_DATA_HOME/dossier/notebook` (default `~/.local/share/dossier/notebook`),
 * macOS `~/Library/Application Support/Dossier/notebook`, Windows `%APPDATA%\Dossier\notebook`.
 */
export function defaultNotebookDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DOSSIER_NOTEBOOK) return env.DOSSIER_NOTEBOOK;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Dossier', 'notebook');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Dossier', 'notebook');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'dossier', 'notebook');
}
