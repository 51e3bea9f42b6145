// Methods the desktop shell answers itself (dialogs, windows, recent notebooks)
// rather than the notebook service. Same shape as the notebook contract, so
// one IPC channel and one validator serve both.
import { z } from 'zod';
import { AnnotationImportResultSchema, EXPORT_FORMATS, ImportResultSchema } from './contract.js';

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
  /**
   * Asks where to export (a file; for `obsidian` a folder) and writes the export there; null when
   * cancelled. `tags` narrows it to highlights with those tags and their articles.
   */
  'shell.exportWithDialog': {
    input: z.object({ format: z.enum(EXPORT_FORMATS), tags: z.array(z.string().max(200)).max(100).default([]) }),
    output: z
      .object({
        path: z.string(),
        articleCount: z.number().int(),
        annotationCount: z.number().int(),
        /** Files written (an Obsidian re-export leaves unchanged notes alone). */
        written: z.number().int(),
      })
      .nullable(),
  },
  /** Opens a W3C Web Annotation file (JSON-LD) chosen in a dialog and imports it; [] when cancelled. */
  'shell.importAnnotationsWithDialog': {
    input: z.object({}).strict().default({}),
    output: z.array(AnnotationImportResultSchema),
  },
  /** Saves the whole notebook as one zip archive where a save dialog says; null when cancelled. */
  'shell.archiveWithDialog': {
    input: z.object({}).strict().default({}),
    output: z.object({ path: z.string(), files: z.number().int(), bytes: z.number().int() }).nullable(),
  },
  /**
   * Restores a notebook archive chosen in a dialog into a new, empty folder chosen
   * in a second one, checks every file against the archive's manifest, and opens it.
   */
  'shell.openArchiveWithDialog': {
    input: z.object({}).strict().default({}),
    output: z.object({ path: z.string(), files: z.number().int() }).nullable(),
  },
} as const;

export type ShellContract = typeof shellContract;
export type ShellMethod = keyof ShellContract;

export function isShellMethod(name: unknown): name is ShellMethod {
  return typeof name === 'string' && Object.hasOwn(shellContract, name);
}
