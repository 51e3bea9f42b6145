// Importing files: dropped File objects (sent in batches, counted here) or the
// shell's file dialog (which reports progress as events). Results accumulate
// until dismissed so every refused file's reason stays readable.
import type { ImportResult } from '@dossier/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
  /** Files left untouched because the user cancelled; null when nothing was cancelled. */
  cancelled: number | null;
  importFiles(files: File[]): Promise<void>;
  importWithDialog(): Promise<void>;
  /** Stops after the batch being written: what was imported stays, the rest is not touched. */
  cancel(): void;
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
  const [cancelled, setCancelled] = useState<number | null>(null);
  const cancelRequested = useRef(false);

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
      setCancelled(null);
      cancelRequested.current = false;
      let done = 0;
      try {
        for (const batch of batches(files)) {
          if (cancelRequested.current) {
            setCancelled(files.length - done);
            break;
          }
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

  const cancel = useCallback(() => {
    cancelRequested.current = true;
  }, []);
  const clear = useCallback(() => {
    setResults([]);
    setCancelled(null);
  }, []);
  return useMemo(
    () => ({ progress, results, cancelled, importFiles, importWithDialog, cancel, clear }),
    [progress, results, cancelled, importFiles, importWithDialog, cancel, clear],
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
