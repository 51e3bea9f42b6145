// Timing samples and their percentiles.

/** Milliseconds since an arbitrary origin, sub-millisecond. */
export function now(): number {
  return performance.now();
}

/** p50/p95/p99 (nearest rank) of samples in milliseconds. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  count: number;
}

/**
 * @example
 * percentiles([1, 2, 3, 4, 100]) // => { p50: 3, p95: 100, p99: 100, count: 5 }
 */
export function percentiles(samples: readonly number[]): Percentiles {
  if (!samples.length) return { p50: NaN, p95: NaN, p99: NaN, count: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { p50: rank(0.5), p95: rank(0.95), p99: rank(0.99), count: sorted.length };
}

/** Runs `work` once per item, timing each call. */
export async function timeEach<T>(items: readonly T[], work: (item: T) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (const item of items) {
    const start = now();
    await work(item);
    samples.push(now() - start);
  }
  return samples;
}
