// This machine's floor: what the same data costs to stringify and parse as
// JSON, and what one bare fsync costs. Nothing that serialises or durably
// writes can beat these, so they put our own figures in proportion.
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { now, percentiles, type Percentiles } from './stats.js';

export interface MachineFloor {
  /** JSON.stringify of `data`: milliseconds and megabytes per second. */
  stringifyMs: number;
  stringifyMBps: number;
  /** JSON.parse of the same text. */
  parseMs: number;
  parseMBps: number;
  megabytes: number;
  /** Appending ~200 bytes to a file and fsyncing it. */
  fsync: Percentiles;
}

export function measureFloor(data: unknown, dir: string, rounds = 200): MachineFloor {
  let start = now();
  const text = JSON.stringify(data);
  const stringifyMs = now() - start;
  start = now();
  JSON.parse(text);
  const parseMs = now() - start;
  const megabytes = Buffer.byteLength(text) / 1e6;
  return {
    stringifyMs,
    stringifyMBps: megabytes / (stringifyMs / 1000),
    parseMs,
    parseMBps: megabytes / (parseMs / 1000),
    megabytes,
    fsync: bareFsync(dir, rounds),
  };
}

function bareFsync(dir: string, rounds: number): Percentiles {
  const path = join(dir, 'fsync-floor.jsonl');
  const fd = openSync(path, 'a');
  const line = Buffer.from(`${JSON.stringify({ id: 'h-0000000000', quote: 'x'.repeat(150) })}\n`);
  const samples: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const start = now();
      writeSync(fd, line);
      fsyncSync(fd);
      samples.push(now() - start);
    }
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
  return percentiles(samples);
}
