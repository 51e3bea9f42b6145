// Importing files: dropped File objects (sent in batches, counted here) or the
// shell's file dialog (which reports progress as events). Results accumulate
// until dismissed so every refused file's reason stays readable.
import type { ImportResult } from '@dossier/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useToast } from '../components/Toasts.js';
import { bytesToBase64 } from './base64.js';
import { useClient } from './client-context.js';

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

export interface Imports {
  progress: ImportProgress | null;
  results: ImportResult[];
  importFiles(files: File[]): Promise<void>;
  importWithDialog(): Promise<void>;
  clear(): void;
}

// Small batches keep each call's payload modest and let progress move.
const BATCH_FILES = 20;
const BATCH_BYTES = 8 * 1024 * 1024;

export function useImport(): Imports {
  const client = useClient();
  const toast = useToast();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [results, setResults] = useState<ImportResult[]>([]);

  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type !== 'import.progress') return;
        setProgress(
          event.done >= event.total ? null : { done: event.done, total: event.total, current: event.current },
        );
      }),
    [client],
  );

  const importFiles = useCallback(
    async (files: File[]) => {
      if (!files.length) return;
      setResults([]);
      let done = 0;
      try {
        for (const batch of batches(files)) {
          setProgress({ done, total: files.length, current: batch[0]!.name });
          const payload = await Promise.all(
            batch.map(async (file) => ({
              name: file.name,
              dataBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
            })),
          );
          const answered = await client.call('articles.import', { files: payload });
          done += batch.length;
          setResults((all) => [...all, ...answered]);
        }
      } catch (error) {
        toast.error(error);
      } finally {
        setProgress(null);
      }
    },
    [client, toast],
  );

  const importWithDialog = useCallback(async () => {
    try {
      const answered = await client.call('shell.importWithDialog');
      if (answered.length) setResults(answered);
    } catch (error) {
      toast.error(error);
    } finally {
      setProgress(null);
    }
  }, [client, toast]);

  const clear = useCallback(() => setResults([]), []);
  return useMemo(
    () => ({ progress, results, importFiles, importWithDialog, clear }),
    [progress, results, importFiles, importWithDialog, clear],
  );
}

function* batches(files: File[]): Generator<File[]> {
  let batch: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length && (batch.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += file.size;
  }
  if (batch.length) yield batch;
}
