#!/usr/bin/env node
// `dossier`: the notebook from a terminal. Each command is a thin shell over
// the contract; errors are one line on stderr and exit code 1.
import { Command, CommanderError } from 'commander';
import { DossierError } from '@dossier/core';
import { registerAnnotationCommands } from './commands/annotations.js';
import { registerArticleCommands } from './commands/articles.js';
import { registerReadingCommands } from './commands/reading.js';
import { registerStorageCommands } from './commands/storage.js';
import { registerIntelligenceCommands } from './commands/intelligence.js';
import { registerExchangeCommands } from './commands/exchange.js';

export function buildProgram(): Command {
  const program = new Command('dossier')
    .description('Dossier: an offline research notebook for following a story across outlets')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.trim().split('\n')[0] + '\n') });
  registerArticleCommands(program);
  registerAnnotationCommands(program);
  registerReadingCommands(program);
  registerStorageCommands(program);
  registerIntelligenceCommands(program);
  registerExchangeCommands(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version arrive here too, with exit code 0.
      process.exitCode = error.exitCode;
      return;
    }
    const message =
      error instanceof DossierError ? error.message : `unexpected error: ${(error as Error)?.message ?? error}`;
    process.stderr.write(`dossier: ${message}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv);
