// Counts as people read them in the summaries of the CLI and the desktop app:
// grouped by thousands the same way whatever the machine's locale, so that
// "1,000 imported" reads the same in a terminal, a dialog and a test.

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * `n` with thousands grouped by commas.
 *
 * @example
 * formatCount(1000) // => '1,000'
 * formatCount(42) // => '42'
 */
export function formatCount(n: number): string {
  return grouped.format(n);
}
