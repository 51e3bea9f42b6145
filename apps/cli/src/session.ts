// How a CLI command reaches the notebook: open it (read-only unless the
// command writes), call the contract through `dispatch`, close it.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  DossierError,
  type ArticleSummary,
  type DossierService,
  type Method,
  type MethodOutput,
  type MethodParams,
} from '@dossier/core';
import {
  defaultNotebookDir,
  dispatch,
  importLimit,
  openNotebook,
  tooLargeMessage,
  type Notebook,
} from '@dossier/notebook';

export interface CommonOptions {
  notebook?: string;
  json?: boolean;
}

/** pnpm runs scripts from the repository root; paths the user typed are relative to where they typed them. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function notebookDir(options: CommonOptions): string {
  return options.notebook ? userPath(options.notebook) : defaultNotebookDir();
}

export class Session {
  private constructor(private readonly notebook: Notebook) {}

  static async open(options: CommonOptions, mode: 'read' | 'write'): Promise<Session> {
    const dir = notebookDir(options);
    const notebook = await openNotebook(dir, mode === 'write' ? { create: true } : { readOnly: true });
    return new Session(notebook);
  }

  get service(): DossierService {
    return this.notebook.service;
  }

  async call<M extends Method>(method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
    const result = await dispatch(this.notebook.service, method, input);
    if (!result.ok) throw new DossierError(result.error.code, result.error.message);
    return result.value as MethodOutput<M>;
  }

  /** An article named by id, unique id prefix, or the file name it was imported from. */
  async article(ref: string): Promise<ArticleSummary> {
    const all = await this.call('articles.list', {});
    const exact = all.find((a) => a.id === ref || a.source.fileName === ref);
    if (exact) return exact;
    const matches = all.filter((a) => a.id.startsWith(ref) || a.source.fileName.startsWith(ref));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      throw new DossierError('invalid_input', `"${ref}" names ${matches.length} articles; give more of the id`);
    }
    throw new DossierError('not_found', `no article "${ref}" (use an id from "dossier list" or a file name)`);
  }

  close(): Promise<void> {
    return this.notebook.close();
  }
}

export async function withSession<T>(
  options: CommonOptions,
  mode: 'read' | 'write',
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const session = await Session.open(options, mode);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

export async function readImportFile(path: string): Promise<{ name: string; dataBase64: string }> {
  const full = userPath(path);
  try {
    const size = (await stat(full)).size;
    if (size > importLimit(full)) {
      throw new DossierError('refused_file', tooLargeMessage(path, size));
    }
    return { name: basename(full), dataBase64: (await readFile(full)).toString('base64') };
  } catch (error) {
    if (error instanceof DossierError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new DossierError('refused_file', `${path}: cannot read it (${why})`);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The article as scripts want it: `source` is the imported file's name. */
export function summaryForJson(a: ArticleSummary) {
  const { source, ...rest } = a;
  return { ...rest, source: source.fileName, sourceHash: source.hash, encoding: source.encoding };
}
