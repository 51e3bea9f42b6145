// Shared shape of every command: the common options, tables, one-line errors.
import { DossierError } from '@dossier/core';
import type { Command } from 'commander';

export function common(command: Command): Command {
  return command
    .option('--notebook <dir>', 'notebook folder (default: $DOSSIER_NOTEBOOK or the per-user data folder)')
    .option('--json', 'print machine-readable JSON');
}

export function failWith(message: string): never {
  throw new DossierError('invalid_input', message);
}

/** Columns padded to fit; long cells are cut so a row stays on one line. */
export function table(headers: string[], rows: string[][]): void {
  const max = 60;
  const cut = (cell: string) => (cell.length > max ? `${cell.slice(0, max - 1)}…` : cell);
  const cells = [headers, ...rows].map((row) => row.map((c) => cut(c.replace(/\s+/gu, ' '))));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  for (const row of cells)
    console.log(
      row
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
