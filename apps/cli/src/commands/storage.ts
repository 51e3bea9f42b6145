// check [--repair], archive, restore: the notebook folder's health and its
// whole-notebook archive.
import type { Command } from 'commander';
import { needsCatalogRebuild, openNotebook, rebuildCatalog, restoreArchive } from '@dossier/notebook';
import { notebookDir, printJson, userPath, withSession, type CommonOptions } from '../session.js';
import { common } from '../output.js';
import { formatCount } from '@dossier/core';

interface Problem {
  file: string;
  message: string;
  severity: string;
}

function printProblems(problems: Problem[]): void {
  if (!problems.length) console.log('notebook is sound');
  for (const p of problems) console.log(`${p.severity}: ${p.file}: ${p.message}`);
}

export function registerStorageCommands(program: Command): void {
  common(
    program
      .command('check')
      .description('check every file of the notebook folder for damage, and list orphaned highlights')
      .option('--repair', 'restore what can be restored: damaged files from backups and originals, the index, orphans'),
  ).action(async (options: CommonOptions & { repair?: boolean }) => {
    if (!options.repair) {
      const report = await withSession(options, 'read', (s) => s.call('notebook.check', {}));
      if (options.json) printJson(report);
      else printProblems(report.problems);
      if (!report.ok) process.exitCode = 1;
      return;
    }
    const dir = notebookDir(options);
    const rebuilt: string[] = [];
    // A notebook.json damaged with no backup cannot even open: rebuild it from the articles and the journal first.
    await openNotebook(dir).then(
      (notebook) => notebook.close(),
      async (error: unknown) => {
        if (!needsCatalogRebuild(error)) throw error;
        rebuilt.push(...(await rebuildCatalog(dir)));
      },
    );
    const report = await withSession(options, 'write', (s) => s.call('notebook.repair', {}));
    const repaired = [...rebuilt, ...report.repaired];
    if (options.json) printJson({ ...report, repaired });
    else {
      for (const line of repaired) console.log(`repaired: ${line}`);
      printProblems(report.problems);
    }
    if (!report.ok) process.exitCode = 1;
  });

  common(
    program
      .command('archive')
      .description('write the whole notebook to one zip archive (restore it with "dossier restore")')
      .requiredOption('--out <file>', 'the archive to write, e.g. notebook-2026-12-01.zip'),
  ).action(async (options: CommonOptions & { out: string }) => {
    const result = await withSession(options, 'write', (s) =>
      s.call('notebook.archive', { path: userPath(options.out) }),
    );
    if (options.json) printJson(result);
    else
      console.log(
        `wrote ${options.out}: ${formatCount(result.files)} file(s), ${formatCount(Math.ceil(result.bytes / 1024))} KiB`,
      );
  });

  common(
    program
      .command('restore')
      .description('bring a notebook back from an archive into a new folder (--notebook DIR)')
      .argument('<archive>', 'an archive written by "dossier archive"'),
  ).action(async (archive: string, options: CommonOptions) => {
    const dir = notebookDir(options);
    const { files } = await restoreArchive(userPath(archive), dir);
    const report = await withSession(options, 'read', (s) => s.call('notebook.check', {}));
    if (options.json) printJson({ path: dir, files, ...report });
    else {
      console.log(`restored ${formatCount(files)} file(s) into ${dir}`);
      printProblems(report.problems);
    }
    if (!report.ok) process.exitCode = 1;
  });
}
