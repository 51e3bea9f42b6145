// Methods the desktop shell answers itself (dialogs, windows, recent notebooks)
// rather than the notebook service. Same shape as the notebook contract, so
// one IPC channel and one validator serve both.
import { z } from 'zod';
import { ImportResultSchema } from './contract.js';

export const shellContract = {
  /** Opens the system file dialog and imports the chosen files; [] when cancelled. */
  'shell.importWithDialog': { input: z.object({}).strict().default({}), output: z.array(ImportResultSchema) },
  /** Asks where to save `content` (a brief) and writes it; null when cancelled. */
  'shell.saveWithDialog': {
    input: z.object({ defaultName: z.string().min(1).max(200), content: z.string().max(50_000_000) }),
    output: z.object({ path: z.string() }).nullable(),
  },
  /** Opens (or, with `create`, makes) a notebook folder chosen in a dialog; null when cancelled. */
  'shell.openNotebookWithDialog': {
    input: z.object({ create: z.boolean().default(false) }).default({ create: false }),
    output: z.object({ path: z.string() }).nullable(),
  },
  'shell.openNotebook': {
    input: z.object({ path: z.string().min(1).max(4000) }),
    output: z.object({ path: z.string() }),
  },
  'shell.recentNotebooks': { input: z.object({}).strict().default({}), output: z.array(z.string()) },
  /** Opens an http(s) URL in the system browser, after checking it. */
  'shell.openExternal': { input: z.object({ url: z.string().max(4000) }), output: z.object({ opened: z.boolean() }) },
} as const;

export type ShellContract = typeof shellContract;
export type ShellMethod = keyof ShellContract;

export function isShellMethod(name: unknown): name is ShellMethod {
  return typeof name === 'string' && Object.hasOwn(shellContract, name);
}
