// Outputs a service method built as fresh plain data, shared with nothing it
// keeps. `dispatch` copies every other output so a caller in the same process
// gets what a transport would deliver; a fresh one is that already, and
// copying it again is the dearest step of a large answer (structuredClone of
// the 100k-row library takes about half a second on a 2-core laptop).
const fresh = new WeakSet<object>();

/**
 * Marks `value` as fresh: made for this answer, holding no object the service
 * keeps or will change. `dispatch` hands it out as it is.
 *
 * @example
 * return freshOutput(entries.map((e) => ({ ...e, source: { ...e.source } })));
 */
export function freshOutput<T extends object>(value: T): T {
  fresh.add(value);
  return value;
}

/** Whether `value` was marked with `freshOutput`. */
export function isFreshOutput(value: unknown): boolean {
  return typeof value === 'object' && value !== null && fresh.has(value);
}
